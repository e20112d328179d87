import { join } from 'node:path';
import { BUNDLE_CACHE_ENV } from './bundleCache';

/**
 * A file of this Jest worker's own for the rest of the run, in the run's folder (the bundle cache's:
 * made by the global setup, removed after the run); undefined outside a Jest run's setup.
 */
export function workerRunFile(name: string): string | undefined {
  const runDir = process.env[BUNDLE_CACHE_ENV];
  return runDir && join(runDir, `worker-${process.env.JEST_WORKER_ID ?? '1'}-${name}`);
}
