// Starts the DynamoDB Locals for the projects that need one (they share this module, so Jest runs
// it once): one per Jest worker, each worker's test files making their tables on its own (see
// sharedDynamoDb.ts). Also makes the folder where the security and reliability suites collect
// their closing summary.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from 'jest';
import { startDynamoDbLocal, type DynamoDbLocal } from '../../local/dynamoDbLocal';
import { WORKER_ENDPOINTS_ENV } from './sharedDynamoDb';

export default async function globalSetup(globalConfig: { maxWorkers: Config['maxWorkers'] }): Promise<void> {
  const workers = Math.max(1, Number(globalConfig.maxWorkers) || 1);
  const locals = await Promise.all(Array.from({ length: workers }, () => startDynamoDbLocal({ startTimeoutMs: 120_000 })));
  process.env[WORKER_ENDPOINTS_ENV] = locals.map((local) => local.endpoint).join(',');
  process.env.TEST_SUMMARY_DIR = mkdtempSync(join(tmpdir(), 'storefront-test-summary-'));
  (globalThis as { __dynamoDbLocals__?: DynamoDbLocal[] }).__dynamoDbLocals__ = locals;
}
