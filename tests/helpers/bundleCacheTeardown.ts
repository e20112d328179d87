import { rmSync } from 'node:fs';
import { BUNDLE_CACHE_ENV } from './bundleCache';

export default function bundleCacheTeardown(): void {
  const dir = process.env[BUNDLE_CACHE_ENV];
  if (dir) rmSync(dir, { recursive: true, force: true });
}
