import { randomUUID } from 'node:crypto';

/** Where a local stack keeps its data on the project's DynamoDB Local: the endpoint, and a table no other test file uses. */
export interface SharedDynamoDb {
  readonly dynamoDbEndpoint: string;
  readonly tableName: string;
}

/** The DynamoDB Local started by the project's global setup (or `endpoint`), refusing any that is not local. */
export function localTestEndpoint(endpoint = process.env.TEST_DYNAMODB_ENDPOINT): string {
  if (!endpoint) throw new Error('TEST_DYNAMODB_ENDPOINT is not set: run this test in a project that starts DynamoDB Local.');
  if (!/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(endpoint)) throw new Error(`Tests only run against a local DynamoDB, not ${endpoint}.`);
  return endpoint;
}

/**
 * The project's DynamoDB Local and a fresh table name on it, for
 * `startLocalStack({ ...sharedDynamoDb() })`: the stack's seeding, requests and stream stay in
 * that table, so test files sharing the endpoint never see each other's data.
 */
export function sharedDynamoDb(prefix = 'stack'): SharedDynamoDb {
  return { dynamoDbEndpoint: localTestEndpoint(), tableName: `${prefix}-${randomUUID()}` };
}
