// The run's bundle cache (tests/helpers/bundleCache.ts): made before the run, removed after it, so
// no bundle outlives the sources it was built from.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLE_CACHE_ENV } from './bundleCache';

export default function bundleCacheSetup(): void {
  process.env[BUNDLE_CACHE_ENV] = mkdtempSync(join(tmpdir(), 'storefront-bundle-cache-'));
}
