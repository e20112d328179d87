// Starts one DynamoDB Local for the projects that need one (integration, security, reliability:
// they share this module, so Jest runs it once); each test file makes its own table. Also makes
// the folder where the security and reliability suites collect their closing summary.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDynamoDbLocal } from '../../local/dynamoDbLocal';

export default async function globalSetup(): Promise<void> {
  const local = await startDynamoDbLocal({ startTimeoutMs: 120_000 });
  process.env.TEST_DYNAMODB_ENDPOINT = local.endpoint;
  process.env.TEST_SUMMARY_DIR = mkdtempSync(join(tmpdir(), 'storefront-test-summary-'));
  (globalThis as { __dynamoDbLocal__?: typeof local }).__dynamoDbLocal__ = local;
}
