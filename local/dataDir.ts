import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isProcessAlive } from './isProcessAlive';

/**
 * Where the local stack keeps its data (DynamoDB Local's files, the signing key, the outbox, the
 * running stack's ports): `.data/`, git-ignored. STOREFRONT_DATA_DIR moves it (the e2e tests use a
 * temporary folder).
 */
export function localDataDir(): string {
  return process.env.STOREFRONT_DATA_DIR || join(__dirname, '..', '.data');
}

/** Where `npm start` says which DynamoDB Local and table it runs on, while it runs. */
export const localStackFile = (dataDir: string): string => join(dataDir, 'local-stack.json');

export interface RunningLocalStack {
  readonly dynamoDbEndpoint: string;
  readonly tableName: string;
  /** The `npm start` process that wrote the file. */
  readonly pid: number;
}

/**
 * The stack `npm start` is running on this data folder, for the scripts that talk to it; undefined
 * when none is: no file, an unreadable one, or one whose process is gone (a start killed outright
 * leaves its file behind).
 */
export function runningLocalStack(dataDir = localDataDir()): RunningLocalStack | undefined {
  const file = localStackFile(dataDir);
  if (!existsSync(file)) return undefined;
  let stack: Partial<RunningLocalStack>;
  try {
    stack = JSON.parse(readFileSync(file, 'utf8')) as Partial<RunningLocalStack>;
  } catch {
    return undefined;
  }
  const { dynamoDbEndpoint, tableName, pid } = stack;
  if (typeof dynamoDbEndpoint !== 'string' || typeof tableName !== 'string' || !Number.isInteger(pid) || !isProcessAlive(pid!)) return undefined;
  return { dynamoDbEndpoint, tableName, pid: pid! };
}
