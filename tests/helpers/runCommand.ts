import { execFile } from 'node:child_process';
import { PROJECT_ROOT } from '../../infra/projectRoot';

export interface CommandResult {
  /** The exit code (null when killed by a signal). */
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs a TypeScript command as its npm script does (`tsx <file>`, or `node --import tsx` for
 * `npm start`), from the project's root, and collects its output whatever its exit code.
 */
export function runCommand(file: string, args: readonly string[] = [], env: NodeJS.ProcessEnv = {}): Promise<CommandResult> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', file, ...args],
      { cwd: PROJECT_ROOT, env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...env }, timeout: 60_000 },
      (_error, stdout, stderr) => resolve({ code: child.exitCode, stdout, stderr }),
    );
  });
}

/** What a Node stack trace looks like: `    at fn (file:line:col)`. */
export const STACK_TRACE_LINE = /^\s+at\s/m;
