import * as path from 'node:path';
import { LAMBDA_NODE_MAJOR, officialNodeCommand, type NodeArch } from '../../infra/bundle';
import { PROJECT_ROOT } from './paths';

/** Where the bench keeps the official Node builds it fetches. */
export const BENCH_NODE_CACHE = path.join(PROJECT_ROOT, 'bench', '.cache');

/**
 * A Node binary of the Lambda runtime's major version (`nodejs24.x`) for this machine, so the bench
 * measures on the Node the function runs on rather than whichever Node runs the bench (their
 * AsyncLocalStorage, for one, works differently): the official Linux build from the npm registry
 * (infra/bundle/officialNode.ts), kept in bench/.cache. Undefined when there is none for this
 * platform or the registry cannot be reached.
 */
export function lambdaRuntimeNode(log: (message: string) => void): string | undefined {
  if (process.platform !== 'linux' || !['x64', 'arm64'].includes(process.arch)) return undefined;
  try {
    return officialNodeCommand({ version: String(LAMBDA_NODE_MAJOR), arch: process.arch as NodeArch, cacheDir: BENCH_NODE_CACHE })[0];
  } catch (error) {
    log(`${(error as Error).message.split('\n')[0]}; the children run on this Node instead`);
    return undefined;
  }
}
