import { createConversions } from 'electrodb';
import { NotFoundError, SkuTakenError, TransactionConflictError, VersionConflictError } from '../core/errors';
import { fromCursor, type Cursors } from './cursor';
import { recordCatalogWrite } from './catalogWrites';
import type { Db } from './db';
import { ProductEntity, type ProductItem } from './entities/product';
import type { ReviewItem } from './entities/review';
import { isConditionFailure } from './conditionFailure';
import { assertPageSize, toPage, type Page, type PageArgs } from './page';
import { reviewCursor } from './reviews';
import { writeTransaction } from './transact';
import { skuKey } from './validation';
import { variantAt } from './variantPaths';

const productConversions = createConversions(ProductEntity);

export type ProductSort = 'NEWEST' | 'PRICE_ASC' | 'PRICE_DESC';

/** Product by id: GetItem. `consistent` reads see a write that has just committed. */
export async function getProduct(
  db: Db,
  { productId, consistent = false }: { productId: string; consistent?: boolean },
): Promise<ProductItem | null> {
  const { data } = await db.entities.product.get({ productId }).go({ consistent });
  return data;
}

/** Products by id, for loaders: one BatchGetItem per 100 ids. */
export async function batchGetProducts(db: Db, { productIds }: { productIds: readonly string[] }): Promise<ProductItem[]> {
  if (!productIds.length) return [];
  const { data } = await db.entities.product.get(productIds.map((productId) => ({ productId }))).go();
  return data;
}

/**
 * Product by any of its variants' SKUs, in any letter case (SKUs are unique, each claimed by a
 * guard item that names its product): one Query on gsi3 finds a product by the SKU it was created
 * with (every product's until it has variants); another variant's SKU then takes a GetItem for
 * its guard and one for the product.
 */
export async function getProductBySku(db: Db, { sku }: { sku: string }): Promise<ProductItem | null> {
  const { data } = await db.entities.product.query.bySku({ skuKey: skuKey(sku) }).go({ limit: 1 });
  if (data[0]) return data[0];
  const { data: guard } = await db.entities.uniqueValue.get({ kind: 'sku', value: skuKey(sku) }).go();
  return guard ? getProduct(db, { productId: guard.ownerId }) : null;
}

export interface ListProductsByCategoryArgs extends PageArgs {
  readonly categoryId: string;
  readonly sort: ProductSort;
}

/** Active products of a category, newest first or by price: one Query on gsi1 or gsi2. */
export async function listProductsByCategory(db: Db, args: ListProductsByCategoryArgs): Promise<Page<ProductItem>> {
  const { categoryId, sort, first, after, cursors, maxPageSize } = args;
  assertPageSize(first, maxPageSize);
  const scope = `products:${categoryId}:${sort}`;
  const byPrice = sort !== 'NEWEST';
  const accessPattern = byPrice ? 'byCategoryPrice' : 'byCategoryNewest';
  const key = { categoryId, status: 'ACTIVE' } as const;
  const cursor = after
    ? productConversions.byAccessPattern[accessPattern].fromComposite.toCursor({
        ...key,
        ...(cursors.decode(scope, after) as { productId: string; createdAt: string; priceAmount: number }),
      })
    : null;
  const options = { limit: first + 1, cursor, order: sort === 'PRICE_ASC' ? 'asc' : 'desc' } as const;
  const { data } = await fromCursor(after, () =>
    byPrice ? db.entities.product.query.byCategoryPrice(key).go(options) : db.entities.product.query.byCategoryNewest(key).go(options),
  );
  return toPage(
    data,
    first,
    (item) =>
      cursors.encode(
        scope,
        byPrice ? { productId: item.productId, priceAmount: item.priceAmount } : { productId: item.productId, createdAt: item.createdAt },
      ),
    after,
  );
}

export interface ProductPage {
  readonly product: ProductItem;
  readonly reviews: Page<ReviewItem>;
}

/** The product with its newest reviews: one Query over the `productPage` item collection. */
export async function getProductPage(
  db: Db,
  { productId, reviewsFirst, cursors, maxPageSize }: { productId: string; reviewsFirst: number; cursors: Cursors; maxPageSize?: number },
): Promise<ProductPage | null> {
  assertPageSize(reviewsFirst, maxPageSize);
  // ascending: the product item sorts before its reviews, which sort newest first
  const { data } = await db.collections.productPage({ productId }).go({ limit: reviewsFirst + 2 });
  const product = data.product[0];
  if (!product) return null;
  return { product, reviews: toPage(data.review, reviewsFirst, (review) => reviewCursor(cursors, review)) };
}

/** Writes a new product, claims its SKU and checks that its category exists: one transaction. */
export async function insertProduct(db: Db, item: ProductItem): Promise<ProductItem> {
  const failed = await writeTransaction(() =>
    db.transaction
      .write(({ product, uniqueValue, category }) => [
        product.create(item).commit(),
        uniqueValue.create({ kind: 'sku', value: skuKey(item.sku), ownerId: item.productId }).commit(),
        category
          .check({ categoryId: item.categoryId })
          .where(({ categoryId }, { exists }) => exists(categoryId))
          .commit(),
      ])
      .go(),
  );
  if (failed?.[1] === 'ConditionalCheckFailed') throw new SkuTakenError(`A product with SKU "${item.sku}" already exists.`);
  if (failed?.[2] === 'ConditionalCheckFailed') throw new NotFoundError(`Category "${item.categoryId}" was not found.`);
  if (failed) throw new TransactionConflictError('The product could not be created; retry the request.');
  recordCatalogWrite();
  return item;
}

/** The attributes an edit may set: all but the product's identity and bookkeeping, its stock and its ratings (each has writes of its own). */
export type ProductChanges = Partial<
  Omit<ProductItem, 'productId' | 'sku' | 'createdAt' | 'updatedAt' | 'version' | 'stock' | 'ratingCount' | 'ratingTotal'>
>;

/** The optional attributes of a product, which an edit may remove. */
export type OptionalProductAttribute = { [K in keyof ProductItem]-?: undefined extends ProductItem[K] ? K : never }[keyof ProductItem];

export interface ProductEdit {
  readonly productId: string;
  /** The version the edit was made against; the current version when left out. */
  readonly expectedVersion?: number;
  readonly changes: ProductChanges;
  /** Optional attributes the edit removes. */
  readonly cleared?: readonly OptionalProductAttribute[];
  /** Why the product as read may not take this edit (a business rule), if it may not. */
  readonly refusal?: (current: ProductItem) => Error | undefined;
  readonly now: Date;
}

/**
 * Writes an edit under optimistic locking: a consistent GetItem, then one transaction that updates
 * the product conditioned on the version read and checks that its category (new or unchanged) exists.
 */
export async function writeProductEdit(
  db: Db,
  { productId, expectedVersion, changes, cleared = [], refusal, now }: ProductEdit,
): Promise<ProductItem> {
  const current = await getProduct(db, { productId, consistent: true });
  if (!current) throw new NotFoundError(`Product "${productId}" was not found.`);
  const refused = refusal?.(current);
  if (refused) throw refused;
  const version = expectedVersion ?? current.version;
  if (current.version !== version) {
    throw new VersionConflictError(`Product "${productId}" is at version ${current.version}, not ${version}; reload it and retry.`, {
      details: { currentVersion: current.version },
    });
  }
  const next: ProductItem = { ...current, ...changes, version: version + 1, updatedAt: now.toISOString() };
  for (const field of cleared) delete next[field];
  const failed = await writeTransaction(() =>
    db.transaction
      .write(({ product, category }) => {
        const set = product.patch({ productId }).set({ ...changes, version: next.version, updatedAt: next.updatedAt });
        // ElectroDB takes `remove` before `where`, not after it
        return [
          (cleared.length ? set.remove([...cleared]) : set)
            .composite(unchangedKeyAttributes(current, next))
            .where((attr, { eq }) => eq(attr.version, version))
            .commit(),
          category
            .check({ categoryId: next.categoryId })
            .where((attr, { exists }) => exists(attr.categoryId))
            .commit(),
        ];
      })
      .go(),
  );
  if (failed?.[1] === 'ConditionalCheckFailed') throw new NotFoundError(`Category "${next.categoryId}" was not found.`);
  if (failed) throw new VersionConflictError(`Product "${productId}" was changed concurrently; reload it and retry.`);
  recordCatalogWrite();
  return next;
}

/** Current values of the index key attributes an edit leaves alone, so ElectroDB can rebuild the keys. */
function unchangedKeyAttributes(current: ProductItem, next: ProductItem) {
  return {
    createdAt: current.createdAt,
    ...(next.categoryId === current.categoryId ? { categoryId: current.categoryId } : {}),
    ...(next.status === current.status ? { status: current.status } : {}),
    ...(next.priceAmount === current.priceAmount ? { priceAmount: current.priceAmount } : {}),
  };
}

/** Active products with at most `maxStock` in stock, lowest stock first: one Query per page of the sparse stock index (gsi4). */
export async function listActiveProductsByStock(db: Db, { maxStock }: { maxStock: number }): Promise<ProductItem[]> {
  const { data } = await db.entities.product.query.byStock({ status: 'ACTIVE' }).lte({ stock: maxStock }).go({ pages: 'all' });
  return data;
}

/** What `addStock` did: added, or refused by its condition (with the product as it is now, null when there is none). */
export type StockAddition =
  | { readonly kind: 'added'; readonly product: ProductItem }
  | { readonly kind: 'refused'; readonly current: ProductItem | null; readonly cause: unknown };

/**
 * Adds `quantity` to an existing product's stock: one UpdateItem conditioned on the stock being at
 * most `largestStockBefore` and the product having at most one variant. A refused addition reads the product once more (one GetItem).
 */
export async function addStock(
  db: Db,
  { productId, quantity, largestStockBefore, now }: { productId: string; quantity: number; largestStockBefore: number; now: Date },
): Promise<StockAddition> {
  try {
    const { data } = await db.entities.product
      .patch({ productId })
      .add({ stock: quantity })
      .set({ updatedAt: now.toISOString() })
      // a product with several variants keeps its stock on them (inventoryAdjust with a variantId)
      .where((attr, { lte, notExists }) => `${lte(attr.stock, largestStockBefore)} AND ${notExists(variantAt(attr, 1).variantId)}`)
      .go({ response: 'all_new' });
    return { kind: 'added', product: data as ProductItem };
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    return { kind: 'refused', current: await getProduct(db, { productId }), cause: error };
  }
}

/** Every active product, for the search index: one Query per page of the sparse stock index (gsi4), no filter. */
export async function listActiveProducts(db: Db): Promise<ProductItem[]> {
  const { data } = await db.entities.product.query.byStock({ status: 'ACTIVE' }).go({ pages: 'all' });
  return data;
}
