import { randomUUID } from 'node:crypto';
import { createDynamoClient } from '../../data/client';
import { createDb, type Db } from '../../data/db';
import { LOCAL_DYNAMODB_TIMEOUT_MS } from '../../local/dynamoDbLocal';
import { ensureTable } from '../../local/ensureTable';
import { localTestEndpoint, madeOnWorkerDynamoDb } from './sharedDynamoDb';

/**
 * DynamoDB Local answers slowly under the concurrency tests, and hundreds of concurrent requests
 * queue for the SDK's sockets: AWS's 2 s request and 1 s connection limits would turn that into
 * retries and failures that production (one request per Lambda container) never sees.
 */
export const LOCAL_REQUEST_TIMEOUT_MS = LOCAL_DYNAMODB_TIMEOUT_MS;

export interface TestTable {
  readonly endpoint: string;
  readonly tableName: string;
  readonly db: Db;
  /** Names of the DynamoDB commands sent through `db` since the last `calls.length = 0`. */
  readonly calls: string[];
}

export interface TestTableOptions {
  /** A DynamoDB Local the test started itself, instead of the project's. */
  readonly endpoint?: string;
  /**
   * Give the table its stream, for a test that reads it (a stream poller, the notifier). Left out
   * otherwise: DynamoDB Local spends about 40% less CPU on every write without it (200 products
   * written: 3.0 s of its CPU with the stream, 1.8 s without), and no answer differs. A poller on a
   * table without one fails at once, saying so.
   */
  readonly stream?: boolean;
}

/**
 * A fresh table on the DynamoDB Local started by the project's global setup, or on `endpoint`
 * (a DynamoDB Local the test started itself).
 */
export async function createTestTable(options: TestTableOptions = {}): Promise<TestTable> {
  const endpoint = localTestEndpoint(options.endpoint);
  const tableName = `test-${randomUUID()}`;
  if (!options.endpoint) madeOnWorkerDynamoDb(tableName);
  await ensureTable(endpoint, tableName, { stream: options.stream ?? false });
  const calls: string[] = [];
  const client = createDynamoClient({
    region: 'us-east-1',
    endpoint,
    onRequest: (name) => calls.push(name),
    requestTimeoutMs: LOCAL_REQUEST_TIMEOUT_MS,
    connectionTimeoutMs: LOCAL_REQUEST_TIMEOUT_MS,
  });
  return { endpoint, tableName, calls, db: createDb({ client, tableName }) };
}
