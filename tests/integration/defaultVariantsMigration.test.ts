import type { Db } from '../../data/db';
import type { ProductItem } from '../../data/entities/product';
import { DEFAULT_VARIANTS_MIGRATION, migrateDefaultVariantsPage } from '../../data/migrations/defaultVariants';
import { readCheckpoints, runMigration } from '../../data/migrations/runMigration';
import { getProduct } from '../../data/products';
import { variantsOf } from '../../data/variants';
import { placeOrder } from '../../domain/orders/placeOrder';
import { migrateDefaultVariants } from '../../release/defaultVariantsMigration';
import { aCategory, aProduct } from '../factories/catalog';
import { createTestTable } from '../helpers/testTable';

/** A product as the version before variants wrote it: no `variants`, no `options`. */
async function aLegacyProduct(db: Db, categoryId: string, stock = 10): Promise<ProductItem> {
  const product = await aProduct(db, categoryId, { stock });
  await db.entities.product.patch({ productId: product.productId }).remove(['variants', 'options']).go();
  return (await getProduct(db, { productId: product.productId, consistent: true }))!;
}

/** An order as the version before variants places it: the top-level stock, conditioned on the version it priced at. */
async function oldVersionOrder(db: Db, product: ProductItem, quantity: number): Promise<void> {
  await db.entities.product
    .patch({ productId: product.productId })
    .subtract({ stock: quantity })
    .where((attr, { gte, eq }) => `${gte(attr.stock, quantity)} AND ${eq(attr.status, 'ACTIVE')} AND ${eq(attr.version, product.version)}`)
    .go();
}

describe('the default-variants migration (products written before variants get one default variant)', () => {
  it('gives every legacy product its default variant, changing nothing else, and changes nothing when run again', async () => {
    // Prepare
    const { db } = await createTestTable();
    const category = await aCategory(db);
    const legacy = await Promise.all(Array.from({ length: 6 }, (_, index) => aLegacyProduct(db, category.categoryId, index)));
    const current = await aProduct(db, category.categoryId);

    // Act
    const first = await migrateDefaultVariants(db, { totalSegments: 2, writesPerSecond: 1000 });
    const migrated = await Promise.all(legacy.map((product) => getProduct(db, { productId: product.productId, consistent: true })));
    const second = await migrateDefaultVariants(db, { totalSegments: 2, writesPerSecond: 1000 });

    // Assess
    expect(first).toMatchObject({ done: true, migrated: 6, segmentsDone: 2, totalSegments: 2 });
    migrated.forEach((product, index) => {
      const before = legacy[index]!;
      expect(product).toEqual({
        ...before,
        options: [],
        variants: [
          {
            variantId: before.productId,
            sku: before.sku,
            priceAmount: before.priceAmount,
            stock: before.stock,
            status: 'ACTIVE',
            selectedOptions: [],
          },
        ],
      });
    });
    expect(second.thisRun).toMatchObject({ scanned: 0, migrated: 0 });
    expect(await getProduct(db, { productId: current.productId })).toEqual(current);
  });

  it('resumes from its checkpoints after a crash mid-way, migrating each product once', async () => {
    // Prepare
    const { db } = await createTestTable();
    const category = await aCategory(db);
    const legacy = await Promise.all(Array.from({ length: 12 }, () => aLegacyProduct(db, category.categoryId)));
    let pages = 0;
    const crashOnSecondPage = () => {
      if (++pages === 2) throw new Error('the process was killed');
    };

    // Act
    const crashed = migrateDefaultVariants(db, { totalSegments: 1, pageSize: 5, writesPerSecond: 1000, onPage: crashOnSecondPage });
    await expect(crashed).rejects.toThrow('the process was killed');
    const [checkpoint] = await readCheckpoints(db, DEFAULT_VARIANTS_MIGRATION);
    const resumed = await migrateDefaultVariants(db, { totalSegments: 1, pageSize: 5, writesPerSecond: 1000 });

    // Assess
    expect(checkpoint).toMatchObject({ done: false, lastKey: expect.any(String) });
    expect(checkpoint!.scanned).toBeGreaterThan(0);
    expect(resumed.done).toBe(true);
    expect(resumed.thisRun.scanned + checkpoint!.scanned).toBe(resumed.scanned);
    expect(resumed.migrated).toBe(legacy.length);
    for (const product of legacy) expect((await getProduct(db, { productId: product.productId }))!.variants).toHaveLength(1);
  });

  it('keeps an order the version before variants places mid-way, before and after the product is migrated', async () => {
    // Prepare
    const { db } = await createTestTable();
    const category = await aCategory(db);
    const product = await aLegacyProduct(db, category.categoryId, 10);
    let ordered = false;
    const page: typeof migrateDefaultVariantsPage = (pageDb, args) =>
      migrateDefaultVariantsPage(pageDb, {
        ...args,
        // the old version orders 3 after the migration read the product and before it writes
        beforeWrite: async () => {
          if (!ordered) await oldVersionOrder(db, product, 3);
          ordered = true;
        },
      });

    // Act
    const report = await runMigration(db, { migrationId: DEFAULT_VARIANTS_MIGRATION, page, totalSegments: 1, writesPerSecond: 1000 });
    const migrated = (await getProduct(db, { productId: product.productId, consistent: true }))!;
    await oldVersionOrder(db, migrated, 2);
    const afterOldOrder = (await getProduct(db, { productId: product.productId, consistent: true }))!;
    await placeOrder(db, { customerId: 'c-1', idempotencyKey: 'new-version', items: [{ productId: product.productId, quantity: 1 }] });
    const afterNewOrder = (await getProduct(db, { productId: product.productId, consistent: true }))!;

    // Assess
    expect(report.migrated).toBe(1);
    expect(variantsOf(migrated).map((variant) => [variant.variantId, variant.stock])).toEqual([[product.productId, 7]]);
    expect(variantsOf(afterOldOrder)[0]!.stock).toBe(5);
    expect(variantsOf(afterNewOrder)[0]!.stock).toBe(4);
    expect(afterNewOrder.stock).toBe(4);
  });
});
