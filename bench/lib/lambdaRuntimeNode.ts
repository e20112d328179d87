import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LAMBDA_NODE_MAJOR } from '../../infra/bundle';
import { PROJECT_ROOT } from './paths';

const CACHE_DIR = path.join(PROJECT_ROOT, 'bench', '.cache', `node-${LAMBDA_NODE_MAJOR}-${process.platform}-${process.arch}`);

/**
 * A Node binary of the Lambda runtime's major version (`nodejs24.x`) for this machine, so the bench
 * measures on the Node the function runs on rather than whichever Node runs the bench (their
 * AsyncLocalStorage, for one, works differently). Taken once from the npm registry's
 * `node-linux-<arch>` package (the official Linux builds) into bench/.cache. Undefined when
 * there is none for this platform or the registry cannot be reached.
 */
export function lambdaRuntimeNode(log: (message: string) => void): string | undefined {
  const binary = path.join(CACHE_DIR, 'package', 'bin', 'node');
  if (fs.existsSync(binary)) return binary;
  if (process.platform !== 'linux' || !['x64', 'arm64'].includes(process.arch)) return undefined;
  const spec = `node-linux-${process.arch}@${LAMBDA_NODE_MAJOR}`;
  try {
    log(`fetching ${spec} from the npm registry into ${path.relative(PROJECT_ROOT, CACHE_DIR)}`);
    fs.mkdirSync(CACHE_DIR, { recursive: true });
    const tarball = execFileSync('npm', ['pack', spec, '--silent', '--pack-destination', CACHE_DIR], { encoding: 'utf8', cwd: CACHE_DIR })
      .trim()
      .split('\n')
      .pop()!;
    execFileSync('tar', ['xzf', path.join(CACHE_DIR, tarball), '-C', CACHE_DIR]);
    fs.rmSync(path.join(CACHE_DIR, tarball));
    execFileSync(binary, ['--version']);
    return binary;
  } catch (error) {
    log(`could not get ${spec} (${(error as Error).message.split('\n')[0]}); the children run on this Node instead`);
    fs.rmSync(CACHE_DIR, { recursive: true, force: true });
    return undefined;
  }
}
