import { rmSync } from 'node:fs';
import { PRESYNTH_PID_ENV, SYNTH_CACHE_ENV } from './synthCache';

export default function synthCacheTeardown(): void {
  const presynth = Number(process.env[PRESYNTH_PID_ENV]);
  if (presynth > 0) {
    try {
      process.kill(presynth, 'SIGKILL');
    } catch {
      // it had finished
    }
  }
  const dir = process.env[SYNTH_CACHE_ENV];
  if (dir) rmSync(dir, { recursive: true, force: true });
}
