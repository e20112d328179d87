import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { PROJECT_ROOT } from '../../infra/projectRoot';

export interface NpmStart {
  readonly child: ChildProcessWithoutNullStreams;
  /** The exit code (null when killed by a signal). */
  readonly exited: Promise<number | null>;
  /** Resolves with the first match of `pattern` in everything printed so far or later; rejects on exit or timeout. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** Ctrl-C, as a terminal sends it; resolves with the exit code. */
  interrupt(): Promise<number | null>;
  /** Everything printed so far (stdout and stderr). */
  output(): string;
}

/** Runs exactly what `npm start` runs (package.json: `node --import tsx local/start.ts`), collecting its output. */
export function npmStart(env: NodeJS.ProcessEnv, args: readonly string[] = []): NpmStart {
  const child = spawn(process.execPath, ['--import', 'tsx', 'local/start.ts', ...args], { cwd: PROJECT_ROOT, env: { ...process.env, ...env } });
  let output = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    exited,
    waitFor(pattern, timeoutMs = 90_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const match = output.match(pattern);
          if (!match) return;
          cleanup();
          resolve(match);
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`timed out waiting for ${pattern}:\n${output}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        listeners.add(check);
        void exited.then((code) => {
          check();
          if (listeners.has(check)) {
            cleanup();
            reject(new Error(`exited (${code}) before ${pattern}:\n${output}`));
          }
        });
        check();
      });
    },
    interrupt() {
      child.kill('SIGINT');
      return exited;
    },
    output: () => output,
  };
}
