/**
 * `npm run bench -- migration`: the default-variants migration (release/defaultVariantsMigration.ts)
 * on a table of BENCH_MIGRATION_PRODUCTS products (default 100,000) written as the version before
 * variants wrote them, on DynamoDB Local behind the capacity proxy: items scanned per second,
 * products migrated per second, and the read and write units it consumed (what DynamoDB would
 * bill). Then a second run, which must change nothing. Options (environment):
 * BENCH_MIGRATION_PRODUCTS, BENCH_MIGRATION_SEGMENTS (4), BENCH_MIGRATION_RATE (writes/s, default
 * 100,000: unpaced, to measure the ceiling; the pipeline runs it at 100).
 */
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createDynamoClient } from '../data/client';
import { createDb, type Db } from '../data/db';
import type { ProductItem } from '../data/entities/product';
import { startDynamoDbLocal } from '../local/dynamoDbLocal';
import { ensureTable } from '../local/ensureTable';
import { migrateDefaultVariants } from '../release/defaultVariantsMigration';
import { startCapacityProxy } from './lib/capacityProxy';
import { benchSetting } from './lib/env';
import { RESULTS_DIR } from './lib/paths';
import { round } from './lib/stats';

const PRODUCTS = benchSetting('BENCH_MIGRATION_PRODUCTS', 100_000);
const SEGMENTS = benchSetting('BENCH_MIGRATION_SEGMENTS', 4);
const RATE = benchSetting('BENCH_MIGRATION_RATE', 100_000);
const TABLE = 'storefront-bench-migration';

const log = (message: string) => process.stderr.write(`[bench migration] ${message}\n`);

/** A product as the version before variants wrote it (no `variants`, no `options`). */
function legacyProduct(index: number, now: string): ProductItem {
  return {
    productId: randomUUID(),
    sku: `MIG-${String(index).padStart(6, '0')}`,
    name: `Migrated product ${index}`,
    description: 'A product written before variants, for the migration bench.',
    categoryId: `bench-category-${index % 20}`,
    priceAmount: 500 + (index % 5000),
    currency: 'USD',
    stock: index % 300,
    status: 'ACTIVE',
    ratingCount: 0,
    ratingTotal: 0,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
}

/** Writes the legacy products with BatchWriteItem (25 a request), a few requests at a time. */
async function writeLegacyProducts(db: Db, count: number): Promise<void> {
  const now = new Date().toISOString();
  const batch = 500;
  for (let start = 0; start < count; start += batch) {
    const items = Array.from({ length: Math.min(batch, count - start) }, (_, offset) => legacyProduct(start + offset, now));
    const { unprocessed } = await db.entities.product.put(items).go({ concurrent: 4 });
    if (unprocessed.length) throw new Error(`${unprocessed.length} products were not written`);
    if ((start / batch) % 20 === 0) log(`  ${start + items.length} / ${count} written`);
  }
}

export async function runMigrationBench(): Promise<void> {
  const local = await startDynamoDbLocal();
  const proxy = await startCapacityProxy(local.port);
  try {
    await ensureTable(local.endpoint, TABLE);
    const db = createDb({
      client: createDynamoClient({ region: 'us-east-1', endpoint: proxy.endpoint, requestTimeoutMs: 60_000 }),
      tableName: TABLE,
    });
    log(`writing ${PRODUCTS} products as the version before variants did`);
    await writeLegacyProducts(db, PRODUCTS);
    proxy.take();

    log(`migrating: ${SEGMENTS} segments, at most ${RATE} writes/s`);
    const first = await migrateDefaultVariants(db, { totalSegments: SEGMENTS, writesPerSecond: RATE });
    const firstUsage = proxy.take();
    const again = await migrateDefaultVariants(db, { totalSegments: SEGMENTS, writesPerSecond: RATE });
    const againUsage = proxy.take();

    const seconds = first.thisRun.durationMs / 1000;
    const result = {
      at: new Date().toISOString(),
      products: PRODUCTS,
      segments: SEGMENTS,
      writesPerSecondLimit: RATE,
      first: {
        done: first.done,
        scanned: first.thisRun.scanned,
        migrated: first.thisRun.migrated,
        seconds: round(seconds),
        itemsScannedPerSecond: round(first.thisRun.scanned / seconds, 0),
        productsMigratedPerSecond: round(first.thisRun.migrated / seconds, 0),
        readUnits: round(firstUsage.readUnits, 1),
        writeUnits: round(firstUsage.writeUnits, 1),
        requests: firstUsage.calls.length,
        scans: firstUsage.calls.filter((call) => call === 'Scan').length,
      },
      again: {
        migrated: again.thisRun.migrated,
        scanned: again.thisRun.scanned,
        requests: againUsage.calls.length,
        readUnits: round(againUsage.readUnits, 1),
      },
    };
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    const file = path.join(RESULTS_DIR, `migration-${result.at.replace(/[:.]/g, '-')}.json`);
    fs.writeFileSync(file, JSON.stringify(result, null, 2));
    const f = result.first;
    console.log(
      [
        `Default-variants migration on ${PRODUCTS} products (DynamoDB Local, ${SEGMENTS} segments, at most ${RATE} writes/s)`,
        `  first run: ${f.migrated} migrated, ${f.scanned} items scanned in ${f.seconds} s: ${f.itemsScannedPerSecond} items scanned/s, ${f.productsMigratedPerSecond} products migrated/s`,
        `  units: ${f.readUnits} read units (${f.scans} Scan pages), ${f.writeUnits} write units; ${f.requests} requests`,
        `  second run: ${result.again.migrated} migrated, ${result.again.scanned} scanned, ${result.again.requests} requests (its checkpoints: done)`,
        `JSON: ${path.relative(process.cwd(), file)}`,
      ].join('\n'),
    );
  } finally {
    await proxy.stop();
    await local.stop();
  }
}
