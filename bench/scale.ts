/**
 * `npm run bench -- scale`: how latency and DynamoDB units per operation grow with the data. The
 * demo catalog grows to 1,000, 10,000 and 100,000 products (batch writes straight into DynamoDB
 * Local, spread over the demo categories), and two customers hold 10 and 10,000 orders; at each
 * size one instance of the production bundle (bench/lib/lambdaFunction.ts) answers the storefront's
 * reads, warm, BENCH_SCALE_CALLS times each (default 25).
 *
 * Options (environment): BENCH_SCALE_SIZES (default 1000,10000,100000), BENCH_SCALE_CALLS (25),
 * BENCH_SCALE_ORDERS (default 10,10000).
 */
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { listCategories } from '../data/categories';
import type { Db } from '../data/db';
import { lambdaEsbuildOptions } from '../infra/bundle';
import { stages } from '../infra/stages';
import { createSigningKey, signToken } from '../local/localAuth';
import { BENCH_NODE, NODE_FLAGS, buildAsset, execWrapperOf } from './build';
import { startBenchDynamo } from './lib/dynamo';
import { BENCH_API, BENCH_ORIGIN, benchSetting, handlerEnv } from './lib/env';
import { startLambdaFunction, type LambdaFunction } from './lib/lambdaFunction';
import { STOREFRONT_HASHES } from './lib/shopper';
import { BUILD_DIR, PROJECT_ROOT, RESULTS_DIR } from './lib/paths';
import { median, percentile, round } from './lib/stats';
import { graphqlEvent } from '../tests/helpers/apiGatewayEvent';

const SIZES = (process.env.BENCH_SCALE_SIZES ?? '1000,10000,100000').split(',').map(Number);
const ORDER_COUNTS = (process.env.BENCH_SCALE_ORDERS ?? '10,10000').split(',').map(Number);
const CALLS = benchSetting('BENCH_SCALE_CALLS', 25);
const log = (message: string) => process.stderr.write(`[bench scale] ${message}\n`);

interface Probe {
  readonly name: string;
  readonly operation: string;
  readonly variables: Record<string, unknown>;
  readonly token?: string;
}

export interface ScaleRow {
  readonly data: string;
  readonly probe: string;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly cpuMs: number;
  readonly dynamoCalls: number;
  readonly readUnits: number;
  readonly writeUnits: number;
  readonly errors: number;
}

/** Products as the catalog stores them, written by BatchWriteItem (ElectroDB's batch put), `count` of them. */
async function seedProducts(db: Db, categoryIds: readonly string[], count: number, offset: number): Promise<void> {
  const now = Date.now();
  const items = Array.from({ length: count }, (_, index) => {
    const n = offset + index;
    const at = new Date(now - n * 1000).toISOString();
    return {
      productId: randomUUID(),
      sku: `SCALE-${String(n).padStart(6, '0')}`,
      name: `Scale product ${n}`,
      description: 'A product of the scale bench.',
      categoryId: categoryIds[n % categoryIds.length]!,
      priceAmount: 100 + ((n * 7919) % 20_000),
      currency: 'EUR',
      stock: 50,
      status: 'ACTIVE' as const,
      createdAt: at,
      updatedAt: at,
    };
  });
  for (let start = 0; start < items.length; start += 5_000) {
    const result = await db.entities.product.put(items.slice(start, start + 5_000)).go({ concurrency: 32 });
    if (result.unprocessed.length) throw new Error(`${result.unprocessed.length} products were not written`);
  }
}

/** A customer with `count` orders of two lines each. */
async function seedCustomerOrders(db: Db, customerId: string, count: number): Promise<void> {
  await db.entities.customer
    .put({ customerId, name: `Scale ${count}`, email: `scale-${count}@example.com`, createdAt: new Date().toISOString() })
    .go();
  const now = Date.now();
  const orders = Array.from({ length: count }, (_, index) => {
    const at = new Date(now - index * 60_000).toISOString();
    return {
      orderId: randomUUID(),
      customerId,
      status: 'PLACED' as const,
      totalAmount: 3100,
      currency: 'EUR',
      cartHash: 'scale',
      lineCount: 2,
      placedAt: at,
      updatedAt: at,
    };
  });
  const lines = orders.flatMap((order) =>
    [1, 2].map((lineNo) => ({
      orderId: order.orderId,
      lineNo,
      productId: 'scale',
      sku: `SCALE-${lineNo}`,
      name: 'Scale line',
      unitAmount: 1550,
      currency: 'EUR',
      quantity: 1,
    })),
  );
  for (let start = 0; start < orders.length; start += 5_000) await db.entities.order.put(orders.slice(start, start + 5_000)).go({ concurrency: 32 });
  for (let start = 0; start < lines.length; start += 5_000)
    await db.entities.orderLine.put(lines.slice(start, start + 5_000)).go({ concurrency: 32 });
}

async function measure(fn: LambdaFunction, data: string, probe: Probe): Promise<ScaleRow> {
  const event = graphqlEvent(
    {
      query: '',
      method: probe.token ? 'POST' : 'GET',
      operationName: probe.operation,
      variables: probe.variables,
      extensions: { persistedQuery: { version: 1, sha256Hash: STOREFRONT_HASHES[probe.operation] } },
      ...(probe.token ? { token: probe.token } : {}),
      headers: { Origin: BENCH_ORIGIN },
    },
    BENCH_API,
  );
  delete event.queryStringParameters?.query;
  if (event.body) event.body = JSON.stringify({ ...JSON.parse(event.body), query: undefined });
  let errors = 0;
  await fn.handler(event); // warm-up
  fn.take();
  for (let call = 0; call < CALLS; call++) {
    const result = await fn.handler(event);
    if (result.statusCode !== 200 || JSON.parse(result.body).errors) errors++;
  }
  const runs = fn.take().invocations;
  const avg = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  return {
    data,
    probe: probe.name,
    p50Ms: round(median(runs.map((run) => run.handlerMs)), 2),
    p95Ms: round(
      percentile(
        runs.map((run) => run.handlerMs),
        95,
      ),
      2,
    ),
    cpuMs: round(avg(runs.map((run) => run.cpuMs)), 2),
    dynamoCalls: round(avg(runs.map((run) => run.dynamoCalls)), 2),
    readUnits: round(avg(runs.map((run) => run.readUnits)), 2),
    writeUnits: round(avg(runs.map((run) => run.writeUnits)), 2),
    errors,
  };
}

export async function runScaleBench(): Promise<void> {
  const at = new Date().toISOString();
  const module = path.join(BUILD_DIR, 'load', 'index.js');
  log('building the production bundle');
  await buildAsset(lambdaEsbuildOptions(PROJECT_ROOT, module));
  const dynamo = await startBenchDynamo();
  const key = createSigningKey();
  const fn = startLambdaFunction({
    module,
    concurrency: 1,
    node: BENCH_NODE,
    nodeFlags: NODE_FLAGS,
    wrapper: execWrapperOf(module),
    env: (endpoint) => ({ ...handlerEnv(endpoint, key), AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(stages.prod.memoryMb) }),
    dynamoPort: dynamo.local.port,
  });
  const rows: ScaleRow[] = [];
  const seeding: Array<{ data: string; seconds: number }> = [];
  try {
    const categoryIds = (await listCategories(dynamo.db)).map((category) => category.categoryId);
    let products = 36; // the demo catalog
    for (const size of SIZES) {
      const started = performance.now();
      await seedProducts(dynamo.db, categoryIds, size - products, products);
      seeding.push({ data: `${size} products`, seconds: round((performance.now() - started) / 1000) });
      log(`${size} products (${size - products} written in ${seeding.at(-1)!.seconds} s)`);
      products = size;
      const first = (await fn.handler(catalogEvent('CategoryProducts', { id: categoryIds[0], sort: 'NEWEST', first: 12 }))) as { body: string };
      const page = JSON.parse(first.body).data.category.products;
      const probes: Probe[] = [
        { name: 'Categories', operation: 'Categories', variables: {} },
        { name: 'CategoryProducts, newest, page 1', operation: 'CategoryProducts', variables: { id: categoryIds[0], sort: 'NEWEST', first: 12 } },
        {
          name: 'CategoryProducts, newest, page 2',
          operation: 'CategoryProducts',
          variables: { id: categoryIds[0], sort: 'NEWEST', first: 12, after: page.pageInfo.endCursor },
        },
        {
          name: 'CategoryProducts, cheapest, page 1',
          operation: 'CategoryProducts',
          variables: { id: categoryIds[0], sort: 'PRICE_ASC', first: 12 },
        },
        { name: 'ProductPage', operation: 'ProductPage', variables: { id: page.edges[5].node.id } },
      ];
      for (const probe of probes) rows.push(await measure(fn, `${size} products`, probe));
    }
    for (const count of ORDER_COUNTS) {
      const customerId = `scale-customer-${count}`;
      const started = performance.now();
      await seedCustomerOrders(dynamo.db, customerId, count);
      seeding.push({ data: `${count} orders`, seconds: round((performance.now() - started) / 1000) });
      log(`a customer with ${count} orders (written in ${seeding.at(-1)!.seconds} s)`);
      const token = signToken(key, { sub: customerId, email: `scale-${count}@example.com` });
      rows.push(await measure(fn, `customer with ${count} orders`, { name: 'MyOrders (first 15)', operation: 'MyOrders', variables: {}, token }));
    }
  } finally {
    await fn.stop();
    await dynamo.stop();
  }
  const result = { at, machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, loadAverage: os.loadavg() }, calls: CALLS, seeding, rows };
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `scale-${at.replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, JSON.stringify(result, null, 2));
  const markdown = renderScale(result);
  fs.writeFileSync(path.join(RESULTS_DIR, 'scale-latest.md'), markdown);
  console.log(markdown);
  console.log(`\nJSON: ${path.relative(process.cwd(), file)}`);

  function catalogEvent(operation: string, variables: Record<string, unknown>) {
    const event = graphqlEvent(
      {
        query: '',
        method: 'GET',
        operationName: operation,
        variables,
        extensions: { persistedQuery: { version: 1, sha256Hash: STOREFRONT_HASHES[operation] } },
        headers: { Origin: BENCH_ORIGIN },
      },
      BENCH_API,
    );
    delete event.queryStringParameters?.query;
    return event;
  }
}

function renderScale(result: {
  at: string;
  machine: any;
  calls: number;
  seeding: Array<{ data: string; seconds: number }>;
  rows: ScaleRow[];
}): string {
  const lines = [
    `Scale, ${result.at} (${result.machine.cpus} × ${result.machine.cpu}); one warm instance of the production bundle, ${result.calls} calls per row; handler time and CPU in ms, units per request`,
    `Seeding (BatchWriteItem into DynamoDB Local): ${result.seeding.map((entry) => `${entry.data} ${entry.seconds} s`).join(', ')}`,
    '',
    '| data | operation | p50 ms | p95 ms | CPU ms | DynamoDB requests | read units | write units | errors |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const row of result.rows) {
    lines.push(
      `| ${row.data} | ${row.probe} | ${row.p50Ms} | ${row.p95Ms} | ${row.cpuMs} | ${row.dynamoCalls} | ${row.readUnits} | ${row.writeUnits} | ${row.errors} |`,
    );
  }
  return lines.join('\n');
}
