import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * A mistake in how a command was typed (an unknown flag, a missing value, a malformed number):
 * the command prints this one line and its usage, and exits with 2, without a stack trace.
 */
export class UsageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UsageError';
  }
}

/** node:util `parseArgs` in strict mode, its complaints (unknown flag, flag without its value) turned into a UsageError. */
export function parseCommandLine<T extends Omit<ParseArgsConfig, 'strict'>>(config: T): ReturnType<typeof parseArgs<T & { strict: true }>> {
  try {
    return parseArgs({ ...config, strict: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_')) {
      // the first sentence: "Unknown option '--frsh'.", "Option '--stage <value>' argument missing"
      const message = (error as Error).message.split(/(?<=\.)\s/)[0]!;
      throw new UsageError(message, { cause: error });
    }
    throw error;
  }
}

/**
 * Runs a command's `main`: a UsageError prints its line and `usage` and exits with 2; any other
 * failure goes to `onError` (by default its message, exit 1).
 */
export function runCommand(main: () => Promise<void> | void, usage: string, onError: (error: unknown) => void = printFailure): void {
  Promise.resolve()
    .then(main)
    .catch((error: unknown) => {
      if (error instanceof UsageError) {
        console.error(`${error.message}\n\n${usage}`);
        process.exit(2);
      }
      onError(error);
    });
}

function printFailure(error: unknown): void {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
