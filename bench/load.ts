/**
 * `npm run bench -- load`: virtual shoppers (bench/lib/shopper.ts) through the local gateway with
 * the prod stage's GET cache and throttling, in front of a Lambda-like pool of fresh Node processes
 * running the production bundle (bench/lib/lambdaFunction.ts), at the prod stage's reserved
 * concurrency. Each level starts from no instances and an empty cache. Loopback only.
 *
 * Options (environment): BENCH_LOAD_LEVELS (shoppers per level, default 10,50,200),
 * BENCH_LOAD_SECONDS (per level, 40), BENCH_LOAD_MAX_REQUESTS (per level, 20000),
 * BENCH_LOAD_THINK_MS (a shopper's mean pause between requests, 1000),
 * BENCH_LOAD_CONCURRENCY (the function's concurrency; default the prod stage's reserved concurrency),
 * BENCH_LOAD_RAMP_SECONDS (shoppers arrive evenly over this many seconds, 10),
 * BENCH_LOAD_STARTING (instances starting at once, 2: on a small machine a hundred processes
 * starting together measure the machine, not the function).
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { lambdaEsbuildOptions } from '../infra/bundle';
import { stages } from '../infra/stages';
import { listCategories } from '../data/categories';
import { createLocalGateway } from '../local/gateway';
import { createSigningKey, signToken } from '../local/localAuth';
import { DEMO_CUSTOMER } from '../local/seedData';
import { API_VARIABLES } from '../runtime/env/apiEnvironment';
import type { StorefrontHandler } from '../server/createLambdaHandler';
import { BENCH_NODE, NODE_FLAGS, buildAsset, execWrapperOf } from './build';
import { renderCost, storefrontCost } from './loadCost';
import { startBenchDynamo } from './lib/dynamo';
import { benchSetting, handlerEnv } from './lib/env';
import { startLambdaFunction, type Invocation } from './lib/lambdaFunction';
import { BUILD_DIR, PROJECT_ROOT, RESULTS_DIR } from './lib/paths';
import { runShopper, type ShopperRequest } from './lib/shopper';
import { median, round, summarizeLatencies } from './lib/stats';
import { TokenBucket } from './lib/tokenBucket';

const STAGE = stages.prod;
const LEVELS = (process.env.BENCH_LOAD_LEVELS ?? '10,50,200').split(',').map(Number);
const SECONDS = benchSetting('BENCH_LOAD_SECONDS', 40);
const MAX_REQUESTS = benchSetting('BENCH_LOAD_MAX_REQUESTS', 20_000);
const THINK_MS = benchSetting('BENCH_LOAD_THINK_MS', 1000);
const CONCURRENCY = benchSetting('BENCH_LOAD_CONCURRENCY', STAGE.reservedConcurrency ?? 1000);
const RAMP_SECONDS = benchSetting('BENCH_LOAD_RAMP_SECONDS', 10);
const STARTING = benchSetting('BENCH_LOAD_STARTING', 2);

const log = (message: string) => process.stderr.write(`[bench load] ${message}\n`);

export interface LevelResult {
  readonly shoppers: number;
  readonly seconds: number;
  readonly requests: ShopperRequest[];
  readonly invocations: Invocation[];
  readonly lambdaThrottles: number;
  readonly instances: number;
}

async function runLevel(
  shoppers: number,
  context: {
    module: string;
    dynamoPort: number;
    env: (endpoint: string, gateway: string) => NodeJS.ProcessEnv;
    token: string;
    categoryIds: string[];
  },
): Promise<LevelResult> {
  let gatewayUrl = '';
  const fn = startLambdaFunction({
    module: context.module,
    concurrency: CONCURRENCY,
    node: BENCH_NODE,
    nodeFlags: NODE_FLAGS,
    wrapper: execWrapperOf(context.module),
    env: (endpoint) => context.env(endpoint, gatewayUrl),
    dynamoPort: context.dynamoPort,
    startingAtOnce: STARTING,
  });
  const gateway = createLocalGateway({
    handler: () => fn.handler as unknown as StorefrontHandler,
    stage: STAGE,
    concurrency: Number.MAX_SAFE_INTEGER,
  });
  // the stage's throttling, in front of everything as API Gateway applies it
  const bucket = new TokenBucket(STAGE.throttling.rateLimit, STAGE.throttling.burstLimit, performance.now());
  const [serve] = gateway.server.listeners('request') as Array<(req: http.IncomingMessage, res: http.ServerResponse) => void>;
  gateway.server.removeAllListeners('request');
  gateway.server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (bucket.take(performance.now())) return serve!(req, res);
    res.writeHead(429, { 'content-type': 'application/json' }).end('{"message":"Too Many Requests"}');
  });
  // idle keep-alive sockets stay open longer than a shopper pauses, so none is closed as it is reused
  gateway.server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => gateway.server.listen(0, '127.0.0.1', resolve));
  gatewayUrl = `http://127.0.0.1:${(gateway.server.address() as AddressInfo).port}`;
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  const requests: ShopperRequest[] = [];
  const started = performance.now();
  const until = started + SECONDS * 1000;
  const errorLog = console.error;
  console.error = () => undefined; // the gateway's line for every throttled invocation
  try {
    await Promise.all(
      Array.from({ length: shoppers }, (_, index) =>
        // shoppers arrive evenly over the ramp, not in one instant
        new Promise((resolve) => setTimeout(resolve, (index / shoppers) * RAMP_SECONDS * 1000)).then(() =>
          runShopper({
            url: `${gatewayUrl}/graphql`,
            agent,
            token: context.token,
            categoryIds: context.categoryIds,
            thinkMs: THINK_MS,
            until,
            // requests in flight may take a level a few past the bound (at most one per shopper)
            allow: () => requests.length < MAX_REQUESTS,
            record: (request) => requests.push(request),
          }),
        ),
      ),
    );
    const seconds = (performance.now() - started) / 1000;
    const taken = fn.take();
    return { shoppers, seconds, requests, invocations: taken.invocations, lambdaThrottles: taken.throttles, instances: fn.instances };
  } finally {
    console.error = errorLog;
    agent.destroy();
    gateway.server.closeAllConnections();
    await new Promise<void>((resolve) => gateway.server.close(() => resolve()));
    await fn.stop();
  }
}

const mean = (values: number[]) => (values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : 0);

/** What a level's report says: throughput, latency, cold starts, throttles, cache, and per operation its units. */
export function summarizeLevel(level: LevelResult) {
  const { requests, invocations } = level;
  const gets = requests.filter((request) => request.method === 'GET' && request.cache);
  const hits = gets.filter((request) => request.cache === 'hit').length;
  const cold = invocations.filter((invocation) => invocation.cold);
  const operations = [...new Set(requests.map((request) => request.operation))];
  return {
    shoppers: level.shoppers,
    seconds: round(level.seconds),
    requests: requests.length,
    throughputRps: round(requests.length / level.seconds),
    latency: summarizeLatencies(requests.map((request) => request.ms)),
    warmLatency: summarizeLatencies(requests.filter((request) => !request.cold).map((request) => request.ms)),
    invocations: invocations.length,
    instances: level.instances,
    coldStarts: cold.length,
    coldShare: round(cold.length / Math.max(1, invocations.length), 3),
    initMsP50: round(median(cold.map((invocation) => invocation.initMs!))),
    stageThrottles: requests.filter((request) => request.status === 429).length,
    lambdaThrottles: level.lambdaThrottles,
    otherErrors: requests.filter((request) => request.status >= 500).length - level.lambdaThrottles,
    connectionErrors: requests.filter((request) => request.status === 0).length,
    graphqlErrors: requests.filter((request) => request.graphqlErrors).length,
    cacheHitRatio: round(hits / Math.max(1, gets.length), 3),
    byOperation: operations.map((operation) => {
      const mine = requests.filter((request) => request.operation === operation);
      const runs = invocations.filter((invocation) => invocation.operation === operation);
      const warm = runs.filter((invocation) => !invocation.cold);
      const myGets = mine.filter((request) => request.cache);
      return {
        operation,
        requests: mine.length,
        latency: summarizeLatencies(mine.map((request) => request.ms)),
        cacheHitRatio: myGets.length ? round(myGets.filter((request) => request.cache === 'hit').length / myGets.length, 3) : undefined,
        invocations: runs.length,
        warmHandlerMsP50: round(median(warm.map((invocation) => invocation.handlerMs)), 2),
        warmCpuMsMean: warm.length ? round(mean(warm.map((invocation) => invocation.cpuMs)), 2) : Number.NaN,
        dynamoCalls: warm.length ? round(mean(warm.map((invocation) => invocation.dynamoCalls)), 2) : Number.NaN,
        readUnits: warm.length ? round(mean(warm.map((invocation) => invocation.readUnits)), 2) : Number.NaN,
        writeUnits: warm.length ? round(mean(warm.map((invocation) => invocation.writeUnits)), 2) : Number.NaN,
      };
    }),
  };
}

export type LevelSummary = ReturnType<typeof summarizeLevel>;

export async function runLoadBench(): Promise<void> {
  const at = new Date().toISOString();
  log('building the production bundle');
  const module = path.join(BUILD_DIR, 'load', 'index.js');
  await buildAsset(lambdaEsbuildOptions(PROJECT_ROOT, module));
  log('starting DynamoDB Local with the demo data');
  const dynamo = await startBenchDynamo();
  const levels: LevelResult[] = [];
  try {
    const key = createSigningKey();
    const categoryIds = (await listCategories(dynamo.db)).map((category) => category.categoryId);
    const env = (endpoint: string, gateway: string) => ({
      ...handlerEnv(endpoint, key),
      [API_VARIABLES.trustedDocuments]: STAGE.trustedDocuments,
      [API_VARIABLES.stageCache]: 'true',
      [API_VARIABLES.apiGatewayEndpoint]: gateway,
      AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(STAGE.memoryMb),
    });
    const token = signToken(key, { sub: DEMO_CUSTOMER.customerId, email: DEMO_CUSTOMER.email });
    for (const shoppers of LEVELS) {
      log(`${shoppers} shoppers for ${SECONDS} s (at most ${MAX_REQUESTS} requests), concurrency ${CONCURRENCY}`);
      const cpuBefore = process.cpuUsage();
      levels.push(await runLevel(shoppers, { module, dynamoPort: dynamo.local.port, env, token, categoryIds }));
      const cpu = process.cpuUsage(cpuBefore);
      log(`  done: ${levels.at(-1)!.requests.length} requests; bench process CPU ${round((cpu.user + cpu.system) / 1e6)} s`);
    }
  } finally {
    await dynamo.stop();
  }
  const summaries = levels.map(summarizeLevel);
  const cost = storefrontCost(levels, STAGE);
  const result = {
    at,
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, loadAverage: os.loadavg().map((value) => round(value, 2)), node: BENCH_NODE },
    settings: {
      levels: LEVELS,
      seconds: SECONDS,
      rampSeconds: RAMP_SECONDS,
      startingAtOnce: STARTING,
      maxRequests: MAX_REQUESTS,
      thinkMs: THINK_MS,
      concurrency: CONCURRENCY,
      stage: STAGE.name,
    },
    levels: summaries,
    cost,
  };
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `load-${at.replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, JSON.stringify(result, null, 2));
  const markdown = renderLoad(result) + '\n' + renderCost(cost);
  fs.writeFileSync(path.join(RESULTS_DIR, 'load-latest.md'), markdown);
  console.log(markdown);
  console.log(`\nJSON: ${path.relative(process.cwd(), file)}; Markdown: bench/results/load-latest.md`);
}

function renderLoad(result: { at: string; machine: any; settings: any; levels: LevelSummary[] }): string {
  const lines = [
    `Load, ${result.at} (${result.machine.cpus} × ${result.machine.cpu}, load average ${result.machine.loadAverage.join(' ')} at the end); stage ${result.settings.stage} (GET cache, throttling ${STAGE.throttling.rateLimit}/s burst ${STAGE.throttling.burstLimit}), function concurrency ${result.settings.concurrency} (${result.settings.startingAtOnce} instances starting at once), ${result.settings.seconds} s a level, shoppers arriving over ${result.settings.rampSeconds} s and pausing ${result.settings.thinkMs} ms on average; latency seen by the shopper, in ms (warm: requests that waited for no cold start)`,
    '',
    '| shoppers | requests | req/s | p50 | p95 | p99 | warm p50 / p95 / p99 | invocations | cold starts (share) | init p50 | 429 (stage) | throttled (function) | other 5xx | no answer | cache hit ratio |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const level of result.levels) {
    lines.push(
      `| ${level.shoppers} | ${level.requests} | ${level.throughputRps} | ${level.latency.p50Ms} | ${level.latency.p95Ms} | ${level.latency.p99Ms} | ${level.warmLatency.p50Ms} / ${level.warmLatency.p95Ms} / ${level.warmLatency.p99Ms} | ${level.invocations} | ${level.coldStarts} (${round(level.coldShare * 100)} %) | ${level.initMsP50} | ${level.stageThrottles} | ${level.lambdaThrottles} | ${level.otherErrors} | ${level.connectionErrors} | ${round(level.cacheHitRatio * 100)} % |`,
    );
  }
  lines.push('', 'Per operation (all levels; units and handler times of warm invocations):', '');
  lines.push(
    '| operation | requests | p50 ms | p95 ms | cache hits | invocations | handler p50 ms | CPU ms | DynamoDB requests | read units | write units |',
  );
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const row of mergeOperations(result.levels)) {
    lines.push(
      `| ${row.operation} | ${row.requests} | ${row.p50} | ${row.p95} | ${row.hits} | ${row.invocations} | ${shown(row.handler)} | ${shown(row.cpu)} | ${shown(row.calls)} | ${shown(row.read)} | ${shown(row.write)} |`,
    );
  }
  return lines.join('\n');
}

/** A figure, or a dash where the run had nothing to measure (no warm invocation of the operation). */
const shown = (value: number) => (Number.isFinite(value) ? value : '—');

/** Per operation over all levels: the largest level's latencies, and units from whichever level ran it warm most. */
function mergeOperations(levels: LevelSummary[]) {
  const names = [...new Set(levels.flatMap((level) => level.byOperation.map((row) => row.operation)))];
  return names.map((operation) => {
    const rows = levels.map((level) => level.byOperation.find((row) => row.operation === operation)).filter((row) => row !== undefined);
    const last = rows.at(-1)!;
    const warmest = rows.reduce((best, row) => (row.invocations > best.invocations ? row : best));
    return {
      operation,
      requests: rows.reduce((sum, row) => sum + row.requests, 0),
      p50: last.latency.p50Ms,
      p95: last.latency.p95Ms,
      hits: last.cacheHitRatio === undefined ? '—' : `${round(last.cacheHitRatio * 100)} %`,
      invocations: rows.reduce((sum, row) => sum + row.invocations, 0),
      handler: warmest.warmHandlerMsP50,
      cpu: warmest.warmCpuMsMean,
      calls: warmest.dynamoCalls,
      read: warmest.readUnits,
      write: warmest.writeUnits,
    };
  });
}
