/**
 * `npm run bench -- search`: the product search at 1,000, 10,000 and 100,000 generated products.
 * At each size: the snapshot's size (compressed, as stored in DynamoDB chunks), the memory of the
 * index built from documents and of one just loaded from its snapshot; what a container pays before
 * its first search (read the snapshot from DynamoDB Local, unpack it, load the index, read the change
 * log), in parts, wall and CPU, and the CPU of its first query; warm in-function latency (p50, p95) of typical
 * queries; and freshness, a product written → found by a warm container, through DynamoDB Local's
 * stream, the notifier's handler and the change log.
 *
 * Options (environment): BENCH_SEARCH_SIZES (default 1000,10000,100000), BENCH_SEARCH_CALLS (200
 * per query), BENCH_SEARCH_COLD (5 cold loads per size), BENCH_SEARCH_FRESH (5 writes per size).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Db } from '../data/db';
import { getSearchSnapshotHead, writeSearchSnapshot } from '../data/searchIndexStore';
import { aCategoryFor, generateSearchDocuments } from './lib/searchCatalog';
import { createProduct } from '../domain/catalog/createProduct';
import { ProductSearchCatalog } from '../domain/search/ProductSearchCatalog';
import { ProductSearchIndex } from '../domain/search/ProductSearchIndex';
import { runProductSearch } from '../domain/search/runProductSearch';
import { checkSearchRequest, type ProductSearchFilterInput, type ProductSearchSort } from '../domain/search/searchInput';
import { SNAPSHOT_CHUNK_BYTES, decodeSnapshot, encodeSnapshot } from '../domain/search/searchSnapshot';
import { LOCAL_NOTIFIER_CONTEXT, createLocalNotifierHandler } from '../local/startLocalNotifier';
import { startStreamPoller } from '../local/streamPoller';
import { passesNotifierFilters } from '../runtime/productStreamFilter';
import { startBenchDynamo, BENCH_TABLE } from './lib/dynamo';
import { benchSetting } from './lib/env';
import { RESULTS_DIR } from './lib/paths';
import { median, percentile, round } from './lib/stats';

const SIZES = (process.env.BENCH_SEARCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const CALLS = benchSetting('BENCH_SEARCH_CALLS', 200);
const COLD = benchSetting('BENCH_SEARCH_COLD', 5);
const FRESH = benchSetting('BENCH_SEARCH_FRESH', 5);
const log = (message: string) => process.stderr.write(`[bench search] ${message}\n`);

/** A full garbage collection, for heap measurements (the flag is set before the first use). */
function collect(): void {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}

/** Queries a shopper types, with the filters and sorts the storefront sends. */
const QUERIES: ReadonlyArray<{ name: string; query: string; filter?: ProductSearchFilterInput; sort?: ProductSearchSort }> = [
  { name: 'one word', query: 'ethiopia' },
  { name: 'prefix as typed', query: 'ethi' },
  { name: 'one typo', query: 'yirgachefe' },
  { name: 'two words', query: 'kenya washed' },
  { name: 'exact SKU', query: 'GEN-000042' },
  { name: 'word + in stock + price sort', query: 'natural', filter: { inStock: true }, sort: 'PRICE_ASC' },
  { name: 'browse a category', query: '', filter: { categoryId: 'cat-3' } },
];

interface SizeResult {
  readonly products: number;
  readonly snapshot: { rawBytes: number; gzipBytes: number; chunks: number };
  readonly heapMb: number;
  /** Memory (heap and array buffers) of an index just loaded from its snapshot, before any search decodes a word or a document. */
  readonly loadedMb: number;
  /** Building the index from documents, word by word (what the consumer does for a snapshot; a container loads the serialised index instead). */
  readonly indexFromDocumentsMs: number;
  /**
   * Wall times of the steps, and the CPU time of the whole load (this process, DynamoDB Local's JVM
   * excluded); then the CPU time of the container's first query on the loaded index (one word:
   * its postings and its results' documents are decoded then).
   */
  readonly cold: {
    totalMs: number;
    cpuMs: number;
    readMs: number;
    unpackMs: number;
    buildMs: number;
    logMs: number;
    readCpuMs: number;
    unpackCpuMs: number;
    buildCpuMs: number;
    firstQueryCpuMs: number;
  };
  /** The same in a fresh process, nothing compiled yet (bench/lib/searchColdProcess.ts): unpack + load, and the first query; CPU, median of 3. */
  readonly freshProcess: { loadCpuMs: number; firstQueryCpuMs: number };
  readonly warm: Array<{ name: string; p50Ms: number; p95Ms: number; cpuP50Ms: number; cpuP95Ms: number; results: number }>;
  readonly freshness: { p50Ms: number; maxMs: number };
}

const time = async <T>(work: () => Promise<T> | T): Promise<[T, number]> => {
  const start = performance.now();
  const value = await work();
  return [value, performance.now() - start];
};

/** The process's CPU time (user + system) a piece of work took, in ms: what a busy machine inflates far less than wall time. */
const cpuTime = async <T>(work: () => Promise<T> | T): Promise<[T, number]> => {
  const start = process.cpuUsage();
  const value = await work();
  const { user, system } = process.cpuUsage(start);
  return [value, (user + system) / 1000];
};

async function storeSnapshot(db: Db, bytes: Buffer, documentCount: number): Promise<void> {
  const chunks: Uint8Array[] = [];
  for (let start = 0; start < bytes.length; start += SNAPSHOT_CHUNK_BYTES) chunks.push(bytes.subarray(start, start + SNAPSHOT_CHUNK_BYTES));
  const builtAt = new Date().toISOString();
  await writeSearchSnapshot(db, {
    head: {
      snapshotId: `bench-${documentCount}-${Date.now()}`,
      chunkCount: chunks.length,
      documentCount,
      bytes: bytes.length,
      coversFrom: builtAt,
      builtAt,
      changesSince: 0,
    },
    chunks,
    previous: await getSearchSnapshotHead(db),
  });
}

async function measureSize(db: Db, endpoint: string, size: number): Promise<SizeResult> {
  log(`${size} products: generating`);
  const documents = generateSearchDocuments(size);
  // the index's heap: measured around a build, after collecting what came before
  collect();
  const heapBefore = process.memoryUsage().heapUsed;
  const [built, fromDocumentsMs] = await time(() => ProductSearchIndex.fromDocuments(documents));
  collect();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  const raw = built.toSnapshot();
  const bytes = encodeSnapshot(built);
  const used = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  collect();
  const loadedBefore = used();
  const loadedIndex = ProductSearchIndex.fromSnapshot(decodeSnapshot(bytes));
  collect();
  const loadedMb = (used() - loadedBefore) / 1024 / 1024;
  if (loadedIndex.size !== size) throw new Error(`the loaded index holds ${loadedIndex.size} products, not ${size}`);
  await storeSnapshot(db, bytes, size);

  log(`${size} products: ${COLD} cold loads`);
  const colds: SizeResult['cold'][] = [];
  for (let round_ = 0; round_ < COLD; round_++) {
    const catalog = new ProductSearchCatalog(db);
    const [[loaded, totalMs], cpuMs] = await cpuTime(() => time(() => catalog.index()));
    const [, firstQueryCpuMs] = await cpuTime(() => runProductSearch(loaded, checkSearchRequest({ query: 'ethiopia', sort: 'RELEVANCE' })));
    // the same steps one by one, to show where the time goes
    const [[, readMs], readCpuMs] = await cpuTime(() =>
      time(async () => {
        const head = await getSearchSnapshotHead(db);
        const { readSearchSnapshotChunks } = await import('../data/searchIndexStore');
        return readSearchSnapshotChunks(db, { snapshotId: head!.snapshotId });
      }),
    );
    const [[unpacked, unpackMs], unpackCpuMs] = await cpuTime(() => time(() => decodeSnapshot(bytes)));
    const [[, buildMs], buildCpuMs] = await cpuTime(() => time(() => ProductSearchIndex.fromSnapshot(unpacked)));
    const logMs = Math.max(0, totalMs - readMs - unpackMs - buildMs);
    colds.push({ totalMs, cpuMs, readMs, unpackMs, buildMs, logMs, readCpuMs, unpackCpuMs, buildCpuMs, firstQueryCpuMs });
  }
  const cold = Object.fromEntries(
    (['totalMs', 'cpuMs', 'readMs', 'unpackMs', 'buildMs', 'logMs', 'readCpuMs', 'unpackCpuMs', 'buildCpuMs', 'firstQueryCpuMs'] as const).map(
      (key) => [key, round(median(colds.map((c) => c[key])))],
    ),
  ) as SizeResult['cold'];

  log(`${size} products: 3 loads in fresh processes`);
  const snapshotFile = path.join(os.tmpdir(), `bench-search-${size}-${process.pid}.gz`);
  fs.writeFileSync(snapshotFile, bytes);
  const fresh3: Array<SizeResult['freshProcess']> = [];
  try {
    for (let run = 0; run < 3; run++) {
      const child = spawnSync(process.execPath, [...process.execArgv, path.join(__dirname, 'lib', 'searchColdProcess.ts'), snapshotFile], {
        encoding: 'utf8',
      });
      if (child.status !== 0) throw new Error(`searchColdProcess failed: ${child.stderr}`);
      fresh3.push(JSON.parse(child.stdout) as SizeResult['freshProcess']);
    }
  } finally {
    rmSync(snapshotFile, { force: true });
  }
  const freshProcess = {
    loadCpuMs: round(median(fresh3.map((run) => run.loadCpuMs))),
    firstQueryCpuMs: round(median(fresh3.map((run) => run.firstQueryCpuMs))),
  };

  log(`${size} products: warm queries, ${CALLS} calls each`);
  const warmCatalog = new ProductSearchCatalog(db);
  await warmCatalog.index();
  const warm: SizeResult['warm'] = [];
  for (const probe of QUERIES) {
    const request = checkSearchRequest({ query: probe.query, filter: probe.filter ?? null, sort: probe.sort ?? 'RELEVANCE' });
    const times: number[] = [];
    const cpus: number[] = [];
    let results = 0;
    for (let call = 0; call < CALLS + 20; call++) {
      const [[found, ms], cpu] = await cpuTime(() => time(async () => runProductSearch(await warmCatalog.index(), request)));
      results = found.ids.length;
      if (call >= 20) {
        times.push(ms);
        cpus.push(cpu);
      }
    }
    warm.push({
      name: probe.name,
      p50Ms: round(percentile(times, 50), 2),
      p95Ms: round(percentile(times, 95), 2),
      cpuP50Ms: round(percentile(cpus, 50), 2),
      cpuP95Ms: round(percentile(cpus, 95), 2),
      results,
    });
  }

  log(`${size} products: freshness, ${FRESH} writes`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-search-'));
  const { handler } = createLocalNotifierHandler({ endpoint, tableName: BENCH_TABLE, outboxFile: path.join(dir, 'outbox.jsonl') });
  const poller = await startStreamPoller({
    endpoint,
    tableName: BENCH_TABLE,
    filter: passesNotifierFilters,
    handler: (event) => handler(event, LOCAL_NOTIFIER_CONTEXT),
  });
  const categoryId = await aCategoryFor(db, size);
  const fresh: number[] = [];
  try {
    for (let write = 0; write < FRESH; write++) {
      const word = `freshword${size}x${write}`;
      const request = checkSearchRequest({ query: word, sort: 'RELEVANCE' });
      const start = performance.now();
      await createProduct(db, {
        sku: `FRESH-${size}-${write}-${Date.now()}`,
        name: `Fresh ${word}`,
        categoryId,
        price: { amount: 1000, currency: 'EUR' },
        stock: 5,
      });
      while (!runProductSearch(await warmCatalog.index(), request).ids.length) {
        if (performance.now() - start > 30_000) throw new Error(`"${word}" was not searchable after 30 s`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      fresh.push(performance.now() - start);
    }
  } finally {
    await poller.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    products: size,
    snapshot: { rawBytes: raw.length, gzipBytes: bytes.length, chunks: Math.ceil(bytes.length / SNAPSHOT_CHUNK_BYTES) },
    heapMb: round(heapMb),
    loadedMb: round(loadedMb),
    indexFromDocumentsMs: round(fromDocumentsMs),
    cold,
    freshProcess,
    warm,
    freshness: { p50Ms: round(median(fresh)), maxMs: round(Math.max(...fresh)) },
  };
}

function render(rows: readonly SizeResult[]): string {
  const mb = (bytes: number) => `${round(bytes / 1024 / 1024, 2)} MB`;
  const lines = ['Product search (in-process, DynamoDB Local; times in ms)', ''];
  lines.push(
    'products  snapshot raw → gzip (chunks)       heap built / loaded    cold wall: total = read + unpack + load + log (CPU: total ≈ read + unpack + load; first query)           index from documents   freshness p50/max',
  );
  for (const row of rows) {
    lines.push(
      `${String(row.products).padStart(8)}  ${`${mb(row.snapshot.rawBytes)} → ${mb(row.snapshot.gzipBytes)} (${row.snapshot.chunks})`.padEnd(33)}${`${row.heapMb} / ${row.loadedMb} MB`.padStart(17)}    ${`${row.cold.totalMs} = ${row.cold.readMs} + ${row.cold.unpackMs} + ${row.cold.buildMs} + ${row.cold.logMs} (CPU ${row.cold.cpuMs} ≈ ${row.cold.readCpuMs} + ${row.cold.unpackCpuMs} + ${row.cold.buildCpuMs}; first query ${row.cold.firstQueryCpuMs})`.padEnd(80)}${String(row.indexFromDocumentsMs).padStart(20)}   ${row.freshness.p50Ms}/${row.freshness.maxMs}`,
    );
  }
  lines.push('', 'in a fresh process (nothing compiled yet), CPU, median of 3: unpack + load; first query');
  for (const row of rows) lines.push(`${String(row.products).padStart(8)}  ${row.freshProcess.loadCpuMs}; ${row.freshProcess.firstQueryCpuMs}`);
  lines.push('', `warm p50/p95 per query, wall | CPU (${CALLS} calls each; results)`);
  lines.push(`${'query'.padEnd(32)}${rows.map((row) => String(row.products).padStart(34)).join('')}`);
  for (const [index, probe] of QUERIES.entries()) {
    const cells = rows.map((row) => {
      const w = row.warm[index]!;
      return `${w.p50Ms}/${w.p95Ms} | ${w.cpuP50Ms}/${w.cpuP95Ms} (${w.results})`.padStart(34);
    });
    lines.push(`${probe.name.padEnd(32)}${cells.join('')}`);
  }
  const tenK = rows.find((row) => row.products === 10_000);
  if (tenK) {
    const worstP95 = Math.max(...tenK.warm.map((w) => w.p95Ms));
    const worstCpuP95 = Math.max(...tenK.warm.map((w) => w.cpuP95Ms));
    const verdict = (value: number, goal: number) => `${value} ms ${value <= goal ? 'met' : 'MISSED'}`;
    lines.push(
      '',
      `goals at 10,000: warm p95 ≤ 10 ms: wall ${verdict(worstP95, 10)}, CPU ${verdict(worstCpuP95, 10)}; first search ≤ 150 ms extra: wall ${verdict(tenK.cold.totalMs, 150)}, CPU ${verdict(tenK.cold.cpuMs, 150)} (load) and ${verdict(round(tenK.cold.cpuMs + tenK.cold.firstQueryCpuMs), 150)} (load + first query); in a fresh process, read excluded: ${verdict(round(tenK.freshProcess.loadCpuMs + tenK.freshProcess.firstQueryCpuMs), 150)} (unpack + load + first query)`,
    );
  }
  return lines.join('\n');
}

export async function runSearchBench(): Promise<void> {
  const dynamo = await startBenchDynamo();
  try {
    const rows: SizeResult[] = [];
    for (const size of SIZES) rows.push(await measureSize(dynamo.db, dynamo.local.endpoint, size));
    const result = {
      at: new Date().toISOString(),
      machine: { node: process.version, cpus: os.cpus().length, cpu: os.cpus()[0]?.model, loadAverage: os.loadavg().map((load) => round(load, 1)) },
      rows,
    };
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    const file = path.join(RESULTS_DIR, `search-${result.at.replace(/[:.]/g, '-')}.json`);
    fs.writeFileSync(file, JSON.stringify(result, null, 2));
    console.log(render(rows));
    console.log(
      `machine: ${result.machine.cpus} × ${result.machine.cpu}, load average (1, 5, 15 min) ${result.machine.loadAverage.join(', ')} at the end`,
    );
    console.log(`\nJSON: ${path.relative(process.cwd(), file)}`);
  } finally {
    await dynamo.stop();
  }
}
