import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

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
}

/** The stack `npm start` is running on this data folder, for the scripts that talk to it; undefined when none is. */
export function runningLocalStack(dataDir = localDataDir()): RunningLocalStack | undefined {
  const file = localStackFile(dataDir);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as RunningLocalStack) : undefined;
}
