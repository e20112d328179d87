// The infra project's folder for synthesised assemblies its test files share (see synthesize.ts):
// made before the run, removed after it, so nothing outlives the sources it was made from.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SYNTH_CACHE_ENV } from './synthCache';

export default function synthCacheSetup(): void {
  process.env[SYNTH_CACHE_ENV] = mkdtempSync(join(tmpdir(), 'storefront-synth-cache-'));
}
