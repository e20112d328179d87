import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { dropTable } from '../../local/ensureTable';
import { workerRunFile } from './workerRunFile';

/** Where a local stack keeps its data on the worker's DynamoDB Local: the endpoint, and a table no other test file uses. */
export interface SharedDynamoDb {
  readonly dynamoDbEndpoint: string;
  readonly tableName: string;
}

/** The endpoints of the DynamoDB Locals the global setup started, one per Jest worker, comma-separated. */
export const WORKER_ENDPOINTS_ENV = 'TEST_DYNAMODB_ENDPOINTS';

/**
 * This Jest worker's DynamoDB Local (by JEST_WORKER_ID): the test files of a worker run one after
 * another, so a table is never made while another file's stream is read. DynamoDB Local breaks a
 * stream read from its end before its first record once a newer table exists (GetRecords then
 * answers TrimmedDataAccessException); a stream poller on a fresh table meets that when another
 * file makes a table in between.
 */
function workerEndpoint(): string | undefined {
  const endpoints = (process.env[WORKER_ENDPOINTS_ENV] ?? '').split(',').filter(Boolean);
  if (!endpoints.length) return undefined;
  return endpoints[(Number(process.env.JEST_WORKER_ID ?? '1') - 1) % endpoints.length];
}

/** This worker's DynamoDB Local, started by the project's global setup (or `endpoint`), refusing any that is not local. */
export function localTestEndpoint(endpoint = workerEndpoint()): string {
  if (!endpoint) throw new Error(`${WORKER_ENDPOINTS_ENV} is not set: run this test in a project that starts DynamoDB Local.`);
  if (!/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(endpoint)) throw new Error(`Tests only run against a local DynamoDB, not ${endpoint}.`);
  return endpoint;
}

/**
 * The worker's DynamoDB Local and a fresh table name on it, for
 * `startLocalStack({ ...sharedDynamoDb() })`: the stack's seeding, requests and stream stay in
 * that table, so test files sharing the endpoint never see each other's data.
 */
export function sharedDynamoDb(prefix = 'stack'): SharedDynamoDb {
  const tableName = `${prefix}-${randomUUID()}`;
  const dynamoDbEndpoint = localTestEndpoint();
  madeOnWorkerDynamoDb(tableName);
  return { dynamoDbEndpoint, tableName };
}

/** This worker's list of the tables its test files made on its DynamoDB Local. */
const workerTablesFile = () => workerRunFile('tables.txt');

/** Notes a table on this worker's DynamoDB Local, for the worker's next test file to delete. */
export function madeOnWorkerDynamoDb(tableName: string): void {
  const file = workerTablesFile();
  if (file) appendFileSync(file, `${tableName}\n`);
}

/**
 * Deletes the tables this worker's earlier test files made on its DynamoDB Local: a worker runs its
 * files one after another, so they have ended, and DynamoDB Local spends more CPU on every request
 * the more tables it holds (the same 100 writes and reads took 1.6 s of its CPU next to 3 tables,
 * 2.8 s next to 300).
 */
async function deleteEarlierFilesTables(): Promise<void> {
  const file = workerTablesFile();
  const endpoint = workerEndpoint();
  if (!file || !endpoint || !existsSync(file)) return;
  const tables = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  rmSync(file);
  for (const table of tables) await dropTable(endpoint, table);
}

// before each test file's own hooks: this module loads with the file's imports
if (typeof beforeAll === 'function') beforeAll(deleteEarlierFilesTables, 60_000);
