import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { graphqlEvent } from '../tests/helpers/apiGatewayEvent';
import { BENCH_NODE, NODE_FLAGS } from './build';
import { BENCH_API, BENCH_ORIGIN, benchSetting } from './lib/env';
import { CATEGORY_PAGE_QUERY, PRODUCT_BY_SKU_QUERY, PRODUCT_PAGE_QUERY, TRIVIAL_QUERY, type Fixture } from './lib/operations';
import { BUILD_DIR, RUNTIME_DIR } from './lib/paths';
import { median, round } from './lib/stats';

export interface WarmOperation {
  readonly name: string;
  readonly event: APIGatewayProxyEvent;
}

export interface WarmRow {
  readonly operation: string;
  readonly ours: { meanUs: number; p50Us: number; p99Us: number };
  readonly bare: { meanUs: number; p50Us: number; p99Us: number };
  /** ours / bare, on the mean. */
  readonly ratio: number;
  readonly ratioP50: number;
}

/** Calls per operation before and while timing, in each warm child (BENCH_WARM_WARMUP, BENCH_WARM_MEASURE). */
export const WARM_WARMUP = benchSetting('BENCH_WARM_WARMUP', 2_000);
export const WARM_MEASURE = benchSetting('BENCH_WARM_MEASURE', 1_000);

/** The operations the warm bench times: a trivial query and three contract operations. */
export function warmOperations(fixture: Fixture): WarmOperation[] {
  const event = (query: string, variables?: Record<string, unknown>) =>
    graphqlEvent({ query, ...(variables ? { variables } : {}), headers: { Origin: BENCH_ORIGIN } }, BENCH_API);
  return [
    { name: 'trivial { __typename }', event: event(TRIVIAL_QUERY) },
    { name: 'product page', event: event(PRODUCT_PAGE_QUERY, { id: fixture.productId }) },
    { name: 'category listing', event: event(CATEGORY_PAGE_QUERY, { id: fixture.categoryId }) },
    { name: 'product by SKU', event: event(PRODUCT_BY_SKU_QUERY, { sku: fixture.productSku }) },
  ];
}

export type WarmStats = Record<string, { meanUs: number; p50Us: number; p99Us: number }>;

export interface ChildReport {
  stats?: WarmStats;
  misses?: number;
  problems?: string[];
  error?: string;
}

/** One fresh process (bench/runtime/warmChild.cjs) timing one handler of a warm bundle. */
export function runWarmChild(bundle: string, variant: 'ours' | 'bare', settingsFile: string, env: NodeJS.ProcessEnv): Promise<ChildReport> {
  return new Promise((resolve) => {
    const child = spawn(BENCH_NODE, [...NODE_FLAGS, path.join(RUNTIME_DIR, 'warmChild.cjs'), bundle, variant, settingsFile], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let tail = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (tail = (tail + chunk.toString()).slice(-20_000)));
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2_000)));
    child.on('close', (code) => {
      const line = tail.split('\n').find((candidate) => candidate.startsWith('BENCH '));
      resolve(line ? JSON.parse(line.slice('BENCH '.length)) : { error: `exit ${code}: ${stderr}` });
    });
  });
}

/**
 * Per-request handler time, ours vs the bare Apollo handler, DynamoDB replayed (bench/entries/warm.ts).
 * Each round runs one fresh process per variant (ours, bare, alternating which goes first); the
 * operations are interleaved call by call inside a process. Reported: medians over rounds.
 */
export async function measureWarm(
  bundle: string,
  operations: readonly WarmOperation[],
  { rounds, warmup, measure, env }: { rounds: number; warmup: number; measure: number; env: NodeJS.ProcessEnv },
): Promise<{ rows: WarmRow[]; problems: string[] }> {
  const settingsFile = writeWarmSettings(operations, { warmup, measure });
  const reports: Record<'ours' | 'bare', ChildReport[]> = { ours: [], bare: [] };
  const problems = new Set<string>();
  for (let index = 0; index < rounds; index++) {
    const order: Array<'ours' | 'bare'> = index % 2 ? ['bare', 'ours'] : ['ours', 'bare'];
    for (const variant of order) {
      const report = await runWarmChild(bundle, variant, settingsFile, env);
      for (const problem of problemsOf(report)) problems.add(`${variant}: ${problem}`);
      if (report.stats) reports[variant].push(report);
    }
  }
  const pick = (variant: 'ours' | 'bare', name: string, key: 'meanUs' | 'p50Us' | 'p99Us') =>
    round(median(reports[variant].map((report) => report.stats![name]![key])), 1);
  const rows = operations.map(({ name }) => {
    const ours = { meanUs: pick('ours', name, 'meanUs'), p50Us: pick('ours', name, 'p50Us'), p99Us: pick('ours', name, 'p99Us') };
    const bare = { meanUs: pick('bare', name, 'meanUs'), p50Us: pick('bare', name, 'p50Us'), p99Us: pick('bare', name, 'p99Us') };
    return { operation: name, ours, bare, ratio: round(ours.meanUs / bare.meanUs, 2), ratioP50: round(ours.p50Us / bare.p50Us, 2) };
  });
  return { rows, problems: [...problems] };
}

/** What went wrong in one warm child: its error, the problems it reported, replay misses. */
export function problemsOf(report: ChildReport): string[] {
  return [
    ...(report.error ? [report.error.slice(0, 500)] : []),
    ...(report.problems ?? []),
    ...(report.misses ? [`${report.misses} DynamoDB requests missed the replay`] : []),
  ];
}

/** The file warmChild.cjs reads: the operations and how many calls to warm up and time. */
export function writeWarmSettings(operations: readonly WarmOperation[], { warmup, measure }: { warmup: number; measure: number }): string {
  const settingsFile = path.join(BUILD_DIR, 'warm-settings.json');
  fs.mkdirSync(BUILD_DIR, { recursive: true });
  fs.writeFileSync(settingsFile, JSON.stringify({ operations, warmup, measure }));
  return settingsFile;
}
