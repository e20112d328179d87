/**
 * `npm run bench`: builds what it measures (bench/build.ts), starts DynamoDB Local with the demo
 * data, then measures cold start, warm per-request overhead, DynamoDB round trips, bundle size and
 * the warm-up ping, then the storefront in Chromium (bench/storefront.ts) and parse + validate time
 * (bench/validation.ts), and prints one table
 * (also written as JSON under bench/results/).
 *
 * Options (environment): BENCH_WEB=0 (skip the storefront), BENCH_COLD_ROUNDS (default 15), BENCH_WARM_ROUNDS (7),
 * BENCH_WARM_WARMUP (2000 calls per operation), BENCH_WARM_MEASURE (1000 per operation),
 * BENCH_NODE (Node binary for the child processes; default: a Node of the Lambda runtime's major
 * version from the npm registry, else this one).
 * Modes: `npm run bench -- load` (bench/load.ts), `npm run bench -- scale` (bench/scale.ts),
 * `npm run bench -- migration` (bench/migration.ts), `npm run bench -- search` (bench/search.ts).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createSigningKey, signToken } from '../local/localAuth';
import { graphqlEvent } from '../tests/helpers/apiGatewayEvent';
import { BENCH_NODE, MEMORY_MB, NODE_FLAGS, buildAll, execWrapperOf, packageSizes } from './build';
import { measureColdStarts, type ColdSummary } from './coldStart';
import { judgeColdGoals, type ColdGoal } from './lib/coldGoals';
import { runLoadBench } from './load';
import { runMigrationBench } from './migration';
import { runScaleBench } from './scale';
import { runSearchBench } from './search';
import { startBenchDynamo } from './lib/dynamo';
import { BENCH_API, BENCH_ORIGIN, benchSetting, handlerEnv } from './lib/env';
import { CATEGORIES_QUERY, contractOperations, loadFixture } from './lib/operations';
import { RESULTS_DIR } from './lib/paths';
import { round } from './lib/stats';
import { measureRoundTrips, measureWarmUpPing } from './roundTrips';
import { measureStorefront, renderStorefront } from './storefront';
import { measureValidation, renderValidation } from './validation';
import { WARM_MEASURE, WARM_WARMUP, measureWarm, warmOperations } from './warm';

const COLD_ROUNDS = benchSetting('BENCH_COLD_ROUNDS', 15);
const WARM_ROUNDS = benchSetting('BENCH_WARM_ROUNDS', 7);

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

/** Runs `work` with the process's stdout lines (the handler's logs and metrics) kept out of the report. */
async function quietly<T>(work: () => Promise<T>): Promise<T> {
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (() => true) as typeof process.stdout.write;
  try {
    return await work();
  } finally {
    process.stdout.write = write;
  }
}

async function main() {
  const started = performance.now();
  log('building');
  const built = await buildAll();
  log(`built in ${round(built.buildMs / 1000)} s; starting DynamoDB Local`);
  const dynamo = await startBenchDynamo();
  try {
    const key = createSigningKey();
    const env = handlerEnv(dynamo.endpoint, key);
    const fixture = await loadFixture(dynamo.db, (sub, email, admin) =>
      signToken(key, { sub, ...(email ? { email } : {}), ...(admin ? { admin } : {}) }),
    );

    // 3 + 5: round trips and the warm-up ping, on the production bundle in this process
    log('round trips');
    Object.assign(process.env, env);
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle just built, loaded as Lambda loads it
    const { handler } = require(built.prod) as { handler: (event: unknown, context: unknown) => Promise<unknown> };
    const roundTrips = await quietly(() => measureRoundTrips(handler, contractOperations(fixture), dynamo.calls));
    const warmUpPing = await quietly(() => measureWarmUpPing(handler, dynamo.calls));

    // 1: cold start
    log(`cold start: ${COLD_ROUNDS} rounds`);
    const tracedEnv = handlerEnv(dynamo.endpoint, key, { traced: true });
    const coldEvent = graphqlEvent({ query: CATEGORIES_QUERY, headers: { Origin: BENCH_ORIGIN } }, BENCH_API);
    const cold = await measureColdStarts(
      [
        { name: 'bare node -e 0' },
        { name: 'bare node -e 0, exec wrapper', wrapper: execWrapperOf(built.prod) },
        { name: 'ours (production bundle, as deployed)', module: built.prod, event: coldEvent, wrapper: execWrapperOf(built.prod) },
        { name: 'ours, traced (X-Ray, as every stage)', module: built.prod, event: coldEvent, env: tracedEnv, wrapper: execWrapperOf(built.prod) },
        { name: 'ours + code cache, pinned release', module: built.prodCodeCache, event: coldEvent, wrapper: execWrapperOf(built.prodCodeCache) },
        { name: '(a) same handler, unbundled', module: built.unbundled, event: coldEvent },
        { name: '(b) straightforward bundle', module: built.naive, event: coldEvent },
        { name: '(b) built and started as ours (floor)', module: built.naiveTuned, event: coldEvent, wrapper: execWrapperOf(built.naiveTuned) },
      ],
      { rounds: COLD_ROUNDS, env, calls: dynamo.calls, onRound: (n) => n % 5 === 0 && log(`  cold round ${n}/${COLD_ROUNDS}`) },
    );

    // 2: warm overhead
    log(`warm: ${WARM_ROUNDS} rounds × (${WARM_WARMUP} warm-up + ${WARM_MEASURE} measured) calls per operation`);
    const warm = await measureWarm(built.warm, warmOperations(fixture), { rounds: WARM_ROUNDS, warmup: WARM_WARMUP, measure: WARM_MEASURE, env });

    // 7: parse + validate of the documents clients send
    log('parse + validate');
    const validation = measureValidation();

    // 6: the storefront in a browser, against its own local stack
    const storefront = process.env.BENCH_WEB === '0' ? undefined : await measureStorefront(dynamo.local.endpoint, log);

    const result = {
      at: new Date().toISOString(),
      machine: {
        node: process.version,
        benchNode: BENCH_NODE,
        benchNodeVersion: execFileSync(BENCH_NODE, ['--version'], { encoding: 'utf8' }).trim(),
        cpus: os.cpus().length,
        cpu: os.cpus()[0]?.model,
        nodeFlags: NODE_FLAGS,
        memoryMb: MEMORY_MB,
      },
      coldStart: summarizeCold(cold),
      warm,
      roundTrips,
      warmUpPing,
      validation,
      bundle: { ...built.sizes, prodAssetZipBytes: built.prodAssetZipBytes, largestPackages: packageSizes(built.prodMetafile) },
      buildMs: round(built.buildMs),
      ...(storefront ? { storefront } : {}),
      totalSeconds: 0,
    };
    result.totalSeconds = round((performance.now() - started) / 1000);
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    const file = path.join(RESULTS_DIR, `bench-${result.at.replace(/[:.]/g, '-')}.json`);
    fs.writeFileSync(file, JSON.stringify(result, null, 2));
    fs.writeFileSync(path.join(RESULTS_DIR, 'latest.json'), JSON.stringify(result, null, 2));
    console.log(render(result));
    console.log(`\nJSON: ${path.relative(process.cwd(), file)}; took ${result.totalSeconds} s`);
  } finally {
    await dynamo.stop();
  }
}

function summarizeCold(rows: ColdSummary[]) {
  const ours = rows.find((row) => row.name.startsWith('ours (production'))!;
  const cached = rows.find((row) => row.name.startsWith('ours + code cache'))!;
  const naive = rows.find((row) => row.name.startsWith('(b) straightforward'))!;
  const floor = rows.find((row) => row.name.startsWith('(b) built'))!;
  return {
    rows,
    ratioOursToB: round(ours.overheadMs / naive.overheadMs, 2),
    ratioCodeCacheToB: round(cached.overheadMs / naive.overheadMs, 2),
    ratioFloorToB: round(floor.overheadMs / naive.overheadMs, 2),
    ratioOursToFloor: round(ours.overheadMs / floor.overheadMs, 2),
    goals: judgeColdGoals(
      [
        { name: 'ours / floor', target: 1.15, numerator: ours.rounds, denominator: floor.rounds },
        { name: 'pinned with code cache / (b)', target: 0.4, numerator: cached.rounds, denominator: naive.rounds },
      ],
      rows.find((row) => row.reference)!.rounds,
    ),
  };
}

const kb = (bytes: number) => `${round(bytes / 1024, 0)} KB`;
const pad = (value: unknown, width: number) => String(value).padEnd(width);
const padLeft = (value: unknown, width: number) => String(value).padStart(width);

function render(result: any): string {
  const lines: string[] = [];
  lines.push(
    `Storefront bench, ${result.at} (${result.machine.cpus} × ${result.machine.cpu}; children: Node ${result.machine.benchNodeVersion}, ${result.machine.benchNode} ${result.machine.nodeFlags.join(' ')}; ours and the floor start through their asset's exec wrapper, which drops --expose-gc)`,
  );
  lines.push(
    '',
    `1. Cold start: spawn → first GraphQL response ({ categories }, 1 DynamoDB Query), median of ${COLD_ROUNDS} fresh processes, interleaved`,
  );
  lines.push(
    `   ${pad('variant', 40)}${padLeft('wall', 8)}${padLeft('overhead', 10)}${padLeft('p10–p90', 15)}${padLeft('load', 8)}${padLeft('1st req', 9)}${padLeft('DDB', 5)}`,
  );
  for (const row of result.coldStart.rows as ColdSummary[]) {
    lines.push(
      `   ${pad(row.name, 40)}${padLeft(row.wallMs, 8)}${padLeft(row.reference ? '—' : row.overheadMs, 10)}${padLeft(`${row.p10Ms}–${row.p90Ms}`, 15)}${padLeft(row.loadMs ?? '—', 8)}${padLeft(row.firstRequestMs ?? '—', 9)}${padLeft(row.loadMs === undefined ? '—' : row.dynamoCallsPerStart, 5)}` +
        (row.errors.length ? `  ERRORS: ${row.errors.join(' | ').slice(0, 200)}` : ''),
    );
  }
  lines.push(
    `   ratio ours / (b): ${result.coldStart.ratioOursToB}   (target ≤ 0.5);   pinned with code cache / (b): ${result.coldStart.ratioCodeCacheToB}   (target ≤ 0.40);   floor / (b): ${result.coldStart.ratioFloorToB};   ours / floor: ${result.coldStart.ratioOursToFloor}   (target ≤ 1.15; times in ms)`,
  );
  lines.push(
    `   CPU time to the first response, median (p10–p90; init alone): ${result.coldStart.rows.map((row: ColdSummary) => `${row.name} ${row.cpuMs} (${row.cpuP10Ms}–${row.cpuP90Ms}${row.initCpuMs === undefined ? '' : `; ${row.initCpuMs}`})`).join('; ')}`,
    ...result.coldStart.goals.map(
      (goal: ColdGoal) =>
        `   goal ${goal.name} ≤ ${goal.target}, judged on ${goal.quoted === 'cpu' ? 'CPU' : 'wall'} time (the steadier): ${goal.value} ${goal.met ? 'met' : 'NOT met'}; per round wall ${goal.wall.median} (p10–p90 ${goal.wall.p10}–${goal.wall.p90}), CPU ${goal.cpu.median} (${goal.cpu.p10}–${goal.cpu.p90})`,
    ),
  );
  lines.push(
    '',
    `2. Warm per-request handler time (µs), DynamoDB replayed, median of ${WARM_ROUNDS} processes × ${WARM_MEASURE} calls after ${WARM_WARMUP} warm-up calls per operation`,
  );
  lines.push(
    `   ${pad('operation', 26)}${padLeft('ours mean', 10)}${padLeft('p50', 8)}${padLeft('p99', 9)}${padLeft('bare mean', 11)}${padLeft('p50', 8)}${padLeft('p99', 9)}${padLeft('ratio', 7)}${padLeft('p50 ratio', 10)}`,
  );
  for (const row of result.warm.rows) {
    lines.push(
      `   ${pad(row.operation, 26)}${padLeft(row.ours.meanUs, 10)}${padLeft(row.ours.p50Us, 8)}${padLeft(row.ours.p99Us, 9)}${padLeft(row.bare.meanUs, 11)}${padLeft(row.bare.p50Us, 8)}${padLeft(row.bare.p99Us, 9)}${padLeft(row.ratio, 7)}${padLeft(row.ratioP50, 10)}`,
    );
  }
  if (result.warm.problems.length) lines.push(`   problems: ${result.warm.problems.join(' | ').slice(0, 600)}`);
  lines.push('   (target: ratio ≤ 1.5)');
  lines.push('', '3. DynamoDB round trips per operation (production bundle, counted by a proxy in front of DynamoDB Local)');
  lines.push(`   ${pad('operation', 38)}${padLeft('requests', 9)}${padLeft('minimum', 9)}${padLeft('ratio', 7)}  sent`);
  for (const row of result.roundTrips) {
    lines.push(
      `   ${pad(row.operation, 38)}${padLeft(row.requests, 9)}${padLeft(row.minimum, 9)}${padLeft(Number.isFinite(row.ratio) ? row.ratio.toFixed(2) : '∞', 7)}  ${row.calls.join(' + ') || '—'}${row.errors ? `  ERRORS: ${row.errors.join(' | ').slice(0, 200)}` : ''}`,
    );
  }
  const b = result.bundle;
  lines.push(
    '',
    `4. Bundle: production ${kb(b.prod.bytes)} minified, ${kb(b.prod.gzipBytes)} gzipped (straightforward (b): ${kb(b.naive.bytes)} / ${kb(b.naive.gzipBytes)}; (b) built as ours: ${kb(b.naiveTuned.bytes)}); code cache of a pinned stage ${kb(b.codeCache.bytes)} (${kb(b.codeCache.gzipBytes)} gzipped); payment webhook function ${kb(b.webhooks.bytes)} (${kb(b.webhooks.gzipBytes)} gzipped)`,
    `   source map beside the bundle ${kb(b.prodMap.bytes)} (${kb(b.prodMap.gzipBytes)} gzipped; never read by the function); the asset zipped ${kb(b.prodAssetZipBytes)}`,
  );
  lines.push(
    `   largest: ${b.largestPackages
      .slice(0, 8)
      .map((entry: { name: string; bytes: number }) => `${entry.name} ${kb(entry.bytes)}`)
      .join(', ')}`,
  );
  const ping = result.warmUpPing;
  lines.push(
    '',
    `5. Warm-up ping: ${ping.dynamoCalls} DynamoDB requests over ${ping.pings + 1} pings (goal 0); first ping ${ping.firstPingUs} µs, then mean ${ping.meanUs} µs, p50 ${ping.p50Us} µs, p99 ${ping.p99Us} µs`,
  );
  if (result.storefront) lines.push(...renderStorefront(result.storefront));
  if (result.validation) lines.push(...renderValidation(result.validation));
  return lines.join('\n');
}

/** `npm run bench -- load`, `-- scale`, `-- migration` and `-- search` run one mode of minutes instead of the table. */
const MODES: Record<string, () => Promise<void>> = {
  load: runLoadBench,
  scale: runScaleBench,
  migration: runMigrationBench,
  search: runSearchBench,
};

(MODES[process.argv[2] ?? ''] ?? main)().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
