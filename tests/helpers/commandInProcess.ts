import * as path from 'node:path';
import { PROJECT_ROOT } from '../../infra/projectRoot';

/** What a command did when its `main` ran in this process. */
export interface InProcessOutcome {
  /** The message of the UsageError `main` threw (runCommand prints it with the usage and exits with 2). */
  readonly usageError?: string;
  /**
   * The exit code `main` or the command's error handler passed to process.exit, else process.exitCode
   * or 0 when `main` returned; null after a UsageError, or when the handler returned without exiting.
   */
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface InProcessCommand {
  /** Runs the command's `main` with `args` on its command line and `env` on top of this process's environment. */
  run(args: readonly string[], env?: Readonly<Record<string, string>>): Promise<InProcessOutcome>;
}

/** Thrown in place of process.exit, so nothing after it runs (as after a real exit). */
class Exit extends Error {
  constructor(readonly code: number) {
    super(`process.exit(${code})`);
  }
}

type Main = () => Promise<void> | void;
type OnError = (error: unknown) => void;

/**
 * Loads a command's module (`scripts/token.ts`, `local/start.ts`: their last line is
 * `runCommand(main, usage, onError)`, local/usageError.ts) without running it, keeping its `main`
 * and error handler, so each case runs the command's own code in this process instead of a
 * process of its own: its `parseCommandLine` (the real one) reads the case's arguments. What runCommand does with a UsageError (the line, the usage, exit 2, no stack
 * trace) is what a real run shows; tests/e2e/commandMistakes.test.ts runs each command once for it.
 */
export function loadCommandInProcess(file: string): InProcessCommand {
  let captured: { main: Main; onError?: OnError } | undefined;
  /** The command line of the run under way (node:util's parseArgs reads the real process's argv, not Jest's copy). */
  let commandLine: readonly string[] = [];
  jest.isolateModules(() => {
    jest.doMock('../../local/usageError', () => {
      const actual = jest.requireActual<typeof import('../../local/usageError')>('../../local/usageError');
      return {
        ...actual,
        parseCommandLine: (config: Parameters<typeof actual.parseCommandLine>[0]) => actual.parseCommandLine({ args: [...commandLine], ...config }),
        runCommand: (main: Main, _usage: string, onError?: OnError) => {
          captured = { main, onError };
        },
      };
    });
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded here, with the mock above in place
    require(path.join(PROJECT_ROOT, file));
  });
  jest.dontMock('../../local/usageError');
  if (!captured) throw new Error(`${file} did not call runCommand when loaded`);
  const { main, onError } = captured;

  return {
    async run(args, env = {}) {
      const saved = {
        argv: process.argv,
        env: Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]])),
        exitCode: process.exitCode,
      };
      const stdout: string[] = [];
      const stderr: string[] = [];
      const print =
        (into: string[]) =>
        (...values: unknown[]) =>
          void into.push(`${values.map(String).join(' ')}\n`);
      const spies = [
        jest.spyOn(console, 'log').mockImplementation(print(stdout)),
        jest.spyOn(console, 'error').mockImplementation(print(stderr)),
        jest.spyOn(process, 'exit').mockImplementation((code) => {
          throw new Exit(Number(code ?? 0));
        }),
      ];
      commandLine = args;
      process.argv = [process.execPath, path.join(PROJECT_ROOT, file), ...args];
      Object.assign(process.env, env);
      process.exitCode = undefined;
      const outcome = (fields: Omit<InProcessOutcome, 'stdout' | 'stderr'>): InProcessOutcome => ({
        ...fields,
        stdout: stdout.join(''),
        stderr: stderr.join(''),
      });
      try {
        await main();
        return outcome({ code: Number(process.exitCode ?? 0) });
      } catch (error) {
        if (error instanceof Exit) return outcome({ code: error.code });
        if ((error as Error).name === 'UsageError') return outcome({ usageError: (error as Error).message, code: null });
        if (!onError) throw error;
        try {
          onError(error);
          return outcome({ code: null });
        } catch (exit) {
          if (exit instanceof Exit) return outcome({ code: exit.code });
          throw exit;
        }
      } finally {
        for (const spy of spies) spy.mockRestore();
        process.argv = saved.argv;
        process.exitCode = saved.exitCode;
        for (const [name, value] of Object.entries(saved.env)) {
          if (value === undefined) delete process.env[name];
          else process.env[name] = value;
        }
      }
    },
  };
}
