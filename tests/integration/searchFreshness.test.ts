import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getSearchSnapshotHead } from '../../data/searchIndexStore';
import { archiveProduct } from '../../domain/catalog/archiveProduct';
import { updateProduct } from '../../domain/catalog/updateProduct';
import { ProductSearchCatalog } from '../../domain/search/ProductSearchCatalog';
import { runProductSearch } from '../../domain/search/runProductSearch';
import { checkSearchRequest, type ProductSearchFilterInput } from '../../domain/search/searchInput';
import { LOCAL_NOTIFIER_CONTEXT, createLocalNotifierHandler } from '../../local/startLocalNotifier';
import { startStreamPoller, type StreamPoller } from '../../local/streamPoller';
import { passesNotifierFilters } from '../../runtime/productStreamFilter';
import { aCategory, aProduct } from '../factories/catalog';
import { createTestTable, type TestTable } from '../helpers/testTable';

describe('search freshness, from DynamoDB Local’s stream through the notifier', () => {
  let table: TestTable;
  let dir: string;
  let poller: StreamPoller;
  /** A container that searched before the writes: it follows them through the change log. */
  let warm: ProductSearchCatalog;

  beforeAll(async () => {
    table = await createTestTable({ stream: true });
    dir = mkdtempSync(join(tmpdir(), 'storefront-search-'));
    const { handler } = createLocalNotifierHandler({ endpoint: table.endpoint, tableName: table.tableName, outboxFile: join(dir, 'outbox.jsonl') });
    poller = await startStreamPoller({
      endpoint: table.endpoint,
      tableName: table.tableName,
      filter: passesNotifierFilters,
      maxRetries: 0,
      handler: (event) => handler(event, LOCAL_NOTIFIER_CONTEXT),
    });
    warm = new ProductSearchCatalog(table.db, { refreshIntervalMs: 0 });
    await warm.index();
  });

  afterAll(async () => {
    await poller?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const find = async (catalog: ProductSearchCatalog, query: string, filter: ProductSearchFilterInput | null = null) =>
    runProductSearch(await catalog.index(), checkSearchRequest({ query, filter, sort: 'RELEVANCE' })).documents.map((document) => document.id);

  it('finds a product once created, follows its price, forgets it once archived; a cold container agrees at each step', async () => {
    // Prepare
    const category = await aCategory(table.db);
    const product = await aProduct(table.db, category.categoryId, { name: 'Zanzibar clove espresso', price: { amount: 1500, currency: 'USD' } });
    await poller.idle();

    // Act + Assess: created
    expect(await find(warm, 'zanzibar')).toEqual([product.productId]);
    expect(await find(new ProductSearchCatalog(table.db), 'zanzibar')).toEqual([product.productId]);
    expect(await getSearchSnapshotHead(table.db)).toMatchObject({ documentCount: 1 });

    // Act + Assess: price edited
    await updateProduct(table.db, {
      productId: product.productId,
      input: { price: { amount: 4200, currency: 'USD' } },
      expectedVersion: product.version,
    });
    await poller.idle();
    const cheap = { price: { max: 2000 } };
    const dear = { price: { min: 4000, max: 4500 } };
    expect(await find(warm, 'zanzibar', cheap)).toEqual([]);
    expect(await find(warm, 'zanzibar', dear)).toEqual([product.productId]);
    expect(await find(new ProductSearchCatalog(table.db), 'zanzibar', dear)).toEqual([product.productId]);

    // Act + Assess: archived
    await archiveProduct(table.db, { productId: product.productId });
    await poller.idle();
    expect(await find(warm, 'zanzibar')).toEqual([]);
    expect(await find(new ProductSearchCatalog(table.db), 'zanzibar')).toEqual([]);
  });

  it('loads a cold container from the snapshot and the log after it, not from the products', async () => {
    // Prepare: the snapshot exists (the previous test's first change wrote it)
    const category = await aCategory(table.db);
    const product = await aProduct(table.db, category.categoryId, { name: 'Quetzaltenango honey process' });
    await poller.idle();
    const cold = new ProductSearchCatalog(table.db);

    // Act
    const found = await find(cold, 'quetzaltenango');

    // Assess
    expect(found).toEqual([product.productId]);
    expect(cold.lastLoad).toMatchObject({ source: 'snapshot' });
    expect(cold.lastLoad!.changesApplied).toBeGreaterThan(0);
  });
});
