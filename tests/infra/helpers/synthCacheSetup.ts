// The infra project's folder for synthesised assemblies its test files share (see synthesize.ts):
// made before the run, removed after it, so nothing outlives the sources it was made from.
//
// When the run takes the whole project (no test files named on the command line), the synths most
// of its files share (every shipped stage, and dev alone) start here, in a process of their own at
// the lowest CPU priority (tests/infra/helpers/presynth.ts): they use the CPU the other projects'
// files leave while they wait on processes and sockets, and are usually done before the first infra
// file asks. A file that asks sooner waits on the synth's lock, as it would for another worker.
import { spawn } from 'node:child_process';
import { mkdtempSync, openSync } from 'node:fs';
import { setPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from '@jest/types';
import bundleCacheSetup from '../../helpers/bundleCacheSetup';
import { PROJECT_ROOT } from '../../../infra/projectRoot';
import { PRESYNTH_PID_ENV, SYNTH_CACHE_ENV } from './synthCache';

export default function synthCacheSetup(globalConfig: Config.GlobalConfig): void {
  const dir = (process.env[SYNTH_CACHE_ENV] = mkdtempSync(join(tmpdir(), 'storefront-synth-cache-')));
  if (globalConfig.nonFlagArgs.length > 0) return;
  bundleCacheSetup();
  const log = openSync(join(dir, 'presynth.log'), 'w');
  const child = spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'tests', 'infra', 'helpers', 'presynth.ts')], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', log, log],
  });
  if (child.pid === undefined) return;
  setPriority(child.pid, 19);
  child.unref();
  process.env[PRESYNTH_PID_ENV] = String(child.pid);
}
