import { randomUUID } from 'node:crypto';
import { createConversions } from 'electrodb';
import { BadUserInputError, NotFoundError, SkuTakenError, TransactionConflictError, VersionConflictError } from '../core/errors';
import { fromCursor, type Cursors } from './cursor';
import { recordCatalogWrite } from './catalogWrites';
import type { Db } from './db';
import { ProductEntity, type ProductItem } from './entities/product';
import type { ReviewItem } from './entities/review';
import { isConditionFailure } from './conditionFailure';
import { assertPageSize, toPage, type Page, type PageArgs } from './page';
import { reviewCursor } from './reviews';
import { writeTransaction } from './transact';
import {
  checkId,
  checkInt,
  checkMoney,
  checkProductText,
  checkSku,
  limits,
  productTextFields,
  skuKey,
  type OptionalProductTextField,
  type ProductTextField,
  type RequiredProductTextField,
} from './validation';

const productConversions = createConversions(ProductEntity);

export type ProductSort = 'NEWEST' | 'PRICE_ASC' | 'PRICE_DESC';

/** Product by id: GetItem. */
export async function getProduct(db: Db, { productId }: { productId: string }): Promise<ProductItem | null> {
  const { data } = await db.entities.product.get({ productId }).go();
  return data;
}

/** Products by id, for loaders: one BatchGetItem per 100 ids. */
export async function batchGetProducts(db: Db, { productIds }: { productIds: readonly string[] }): Promise<ProductItem[]> {
  if (!productIds.length) return [];
  const { data } = await db.entities.product.get(productIds.map((productId) => ({ productId }))).go();
  return data;
}

/** Product by SKU, in any letter case: one Query on gsi3 (SKUs are unique, claimed by a guard item). */
export async function getProductBySku(db: Db, { sku }: { sku: string }): Promise<ProductItem | null> {
  const { data } = await db.entities.product.query.bySku({ skuKey: skuKey(sku) }).go({ limit: 1 });
  return data[0] ?? null;
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

/** The text fields of a new product: the required ones, and the optional ones (null or empty leaves them unset). */
type ProductTexts = { readonly [K in RequiredProductTextField]: string } & { readonly [K in OptionalProductTextField]?: string | null };

export type CreateProductInput = ProductTexts & {
  readonly sku: string;
  readonly categoryId: string;
  readonly price: { readonly amount: number; readonly currency: string };
  readonly stock: number;
  /** Low on stock at or below this; the runtime default when left out. */
  readonly lowStockThreshold?: number | null;
};

/** The checked text fields of `input`, leaving out optional ones that are empty. */
function productTexts(
  input: Partial<Record<ProductTextField, string | null>>,
  only?: ProductTextField[],
): Partial<Pick<ProductItem, ProductTextField>> {
  const texts: Partial<Pick<ProductItem, ProductTextField>> = {};
  for (const field of only ?? (Object.keys(productTextFields) as ProductTextField[])) {
    const value = checkProductText(field, input[field]);
    if (value !== undefined) texts[field] = value;
  }
  return texts;
}

/** Creates an active product, claims its SKU and checks its category: one transaction. */
export async function createProduct(db: Db, input: CreateProductInput, now = new Date()): Promise<ProductItem> {
  const price = checkMoney('price', input.price);
  const item: ProductItem = {
    productId: randomUUID(),
    sku: checkSku('sku', input.sku),
    ...(productTexts(input) as Pick<ProductItem, RequiredProductTextField>),
    categoryId: checkId('categoryId', input.categoryId),
    priceAmount: price.amount,
    currency: price.currency,
    stock: checkInt('stock', input.stock, 0, limits.maxStock),
    ...(input.lowStockThreshold == null ? {} : { lowStockThreshold: checkLowStockThreshold(input.lowStockThreshold) }),
    status: 'ACTIVE',
    ratingCount: 0,
    ratingTotal: 0,
    version: 1,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
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

/** An edit: a field left out (or a required one given as null) stays; an optional text field given as null or empty is cleared. */
export type UpdateProductInput = { readonly [K in ProductTextField]?: string | null } & {
  readonly price?: { readonly amount: number; readonly currency: string } | null;
  readonly categoryId?: string | null;
  /** null: back to the runtime default. */
  readonly lowStockThreshold?: number | null;
};

/** The attributes an edit may set. */
type Editable = ProductTextField | 'priceAmount' | 'currency' | 'categoryId' | 'status' | 'lowStockThreshold';
/** The optional attributes an edit may remove. */
type Clearable = OptionalProductTextField | 'lowStockThreshold';

/**
 * Applies an admin edit under optimistic locking: GetItem, then UpdateItem conditioned on the
 * version read (a transaction with a category check when the category changes).
 */
export async function updateProduct(
  db: Db,
  { productId, input, expectedVersion }: { productId: string; input: UpdateProductInput; expectedVersion: number },
  now = new Date(),
): Promise<ProductItem> {
  const given = (Object.keys(productTextFields) as ProductTextField[]).filter(
    (field) => input[field] !== undefined && !(input[field] === null && productTextFields[field].required),
  );
  const changes: Partial<Pick<ProductItem, Editable>> = productTexts(input, given);
  const cleared: Clearable[] = given.filter(
    (field): field is OptionalProductTextField => !productTextFields[field].required && changes[field] === undefined,
  );
  if (input.lowStockThreshold === null) cleared.push('lowStockThreshold');
  if (input.lowStockThreshold != null) changes.lowStockThreshold = checkLowStockThreshold(input.lowStockThreshold);
  if (input.price) {
    const price = checkMoney('price', input.price);
    changes.priceAmount = price.amount;
    changes.currency = price.currency;
  }
  if (input.categoryId !== undefined && input.categoryId !== null) changes.categoryId = checkId('categoryId', input.categoryId);
  if (!Object.keys(changes).length && !cleared.length) throw new BadUserInputError('input: give at least one field to change.');
  return modifyProduct(db, { productId, expectedVersion, changes, cleared, now });
}

/** Archives a product (it leaves category listings): GetItem, then a versioned UpdateItem. */
export async function archiveProduct(db: Db, { productId }: { productId: string }, now = new Date()): Promise<ProductItem> {
  return modifyProduct(db, { productId, changes: { status: 'ARCHIVED' }, now });
}

interface ModifyProduct {
  readonly productId: string;
  readonly expectedVersion?: number;
  readonly changes: Partial<Pick<ProductItem, Editable>>;
  /** Optional attributes the edit removes. */
  readonly cleared?: readonly Clearable[];
  readonly now: Date;
}

async function modifyProduct(db: Db, { productId, expectedVersion, changes, cleared = [], now }: ModifyProduct): Promise<ProductItem> {
  const current = (await db.entities.product.get({ productId }).go({ consistent: true })).data;
  if (!current) throw new NotFoundError(`Product "${productId}" was not found.`);
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

function checkLowStockThreshold(value: number): number {
  return checkInt('lowStockThreshold', value, 0, limits.maxLowStockThreshold);
}

/**
 * Active products at or below their low-stock threshold (their own, else `defaultThreshold`),
 * lowest stock first (then by SKU): one Query per page of the sparse stock index (gsi4) for the active products
 * with at most `limits.maxLowStockThreshold` in stock. The thresholds are compared here: DynamoDB
 * filters cannot name the index's own key (`stock`), and a filter would read the same items.
 */
export async function listLowStockProducts(db: Db, { defaultThreshold }: { defaultThreshold: number }): Promise<LowStockProduct[]> {
  checkLowStockThreshold(defaultThreshold);
  const { data } = await db.entities.product.query.byStock({ status: 'ACTIVE' }).lte({ stock: limits.maxLowStockThreshold }).go({ pages: 'all' });
  return data
    .map((product) => ({ product, threshold: product.lowStockThreshold ?? defaultThreshold }))
    .filter(({ product, threshold }) => product.stock <= threshold)
    .sort((a, b) => a.product.stock - b.product.stock || a.product.sku.localeCompare(b.product.sku));
}

export interface LowStockProduct {
  readonly product: ProductItem;
  /** The threshold that applies: the product's own, else the default. */
  readonly threshold: number;
}

/**
 * Adds stock: one UpdateItem on an existing product, conditioned on the stock staying at most
 * `limits.maxStock`. A refused restock reads the product once more to say why.
 */
export async function restockProduct(
  db: Db,
  { productId, quantity }: { productId: string; quantity: number },
  now = new Date(),
): Promise<ProductItem> {
  checkInt('quantity', quantity, 1, limits.maxStock);
  try {
    const { data } = await db.entities.product
      .patch({ productId })
      .add({ stock: quantity })
      .set({ updatedAt: now.toISOString() })
      .where((attr, { lte }) => lte(attr.stock, limits.maxStock - quantity))
      .go({ response: 'all_new' });
    return data as ProductItem;
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    const current = await getProduct(db, { productId });
    if (!current) throw new NotFoundError(`Product "${productId}" was not found.`, { cause: error });
    throw new BadUserInputError(`quantity: the stock of "${productId}" is ${current.stock}; it can hold at most ${limits.maxStock}.`, {
      cause: error,
      details: { field: 'quantity', stock: current.stock },
    });
  }
}
