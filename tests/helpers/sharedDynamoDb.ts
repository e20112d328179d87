import { randomUUID } from 'node:crypto';

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
  return { dynamoDbEndpoint: localTestEndpoint(), tableName: `${prefix}-${randomUUID()}` };
}
