import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What a security or reliability test file reports for its suite's closing line. */
export interface SuiteCounts {
  /** Hostile requests sent (security). */
  attacks: number;
  /** Responses that gave away something they should not have (security). */
  leaks: number;
  /** DynamoDB attempts failed on purpose, or outages (reliability). */
  faults: number;
  /** Requests sent under faults or contention (reliability). */
  requests: number;
  /** Broken invariants (oversold stock, half-written orders, double decrements, …). */
  violations: number;
}

export type SuiteName = 'security' | 'reliability';

const file = (dir: string, suite: SuiteName) => join(dir, `${suite}.jsonl`);

/** Adds a test file's counts to its suite's summary (printed once by the global teardown). */
export function recordSuiteCounts(suite: SuiteName, counts: Partial<SuiteCounts>): void {
  const dir = process.env.TEST_SUMMARY_DIR;
  if (!dir) {
    console.log(formatSummary(suite, { ...empty(), ...counts }));
    return;
  }
  appendFileSync(file(dir, suite), `${JSON.stringify(counts)}\n`);
}

/** The suite's totals, if any of its files ran. */
export function readSuiteCounts(dir: string, suite: SuiteName): SuiteCounts | undefined {
  if (!existsSync(file(dir, suite))) return undefined;
  const totals = empty();
  for (const line of readFileSync(file(dir, suite), 'utf8').split('\n').filter(Boolean)) {
    const counts = JSON.parse(line) as Partial<SuiteCounts>;
    for (const key of Object.keys(totals) as Array<keyof SuiteCounts>) totals[key] += counts[key] ?? 0;
  }
  return totals;
}

export function formatSummary(suite: SuiteName, counts: SuiteCounts): string {
  return suite === 'security'
    ? `security: ${counts.attacks} attacks tried, ${counts.leaks} leaks, invariant violations: ${counts.violations}`
    : `reliability: ${counts.faults} faults injected over ${counts.requests} requests, invariant violations: ${counts.violations}`;
}

function empty(): SuiteCounts {
  return { attacks: 0, leaks: 0, faults: 0, requests: 0, violations: 0 };
}
