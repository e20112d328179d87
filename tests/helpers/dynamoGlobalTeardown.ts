import { rmSync } from 'node:fs';
import type { DynamoDbLocal } from '../../local/dynamoDbLocal';
import { formatSummary, readSuiteCounts, type SuiteName } from './suiteSummary';

export default async function globalTeardown(): Promise<void> {
  await Promise.all(((globalThis as { __dynamoDbLocals__?: DynamoDbLocal[] }).__dynamoDbLocals__ ?? []).map((local) => local.stop()));
  const dir = process.env.TEST_SUMMARY_DIR;
  if (!dir) return;
  for (const suite of ['security', 'reliability'] satisfies SuiteName[]) {
    const counts = readSuiteCounts(dir, suite);
    if (counts) console.log(formatSummary(suite, counts));
  }
  rmSync(dir, { recursive: true, force: true });
}
