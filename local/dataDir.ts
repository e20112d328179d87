import { join } from 'node:path';

/**
 * Where the local stack keeps its data (DynamoDB Local's files, the signing key, the outbox, the
 * running stack's ports): `.data/`, git-ignored. STOREFRONT_DATA_DIR moves it (the e2e tests use a
 * temporary folder).
 */
export function localDataDir(): string {
  return process.env.STOREFRONT_DATA_DIR || join(__dirname, '..', '.data');
}
