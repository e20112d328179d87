import { randomUUID } from 'node:crypto';
import type { Db } from '../../data/db';
import type { ProductItem } from '../../data/entities/product';
import { insertProduct } from '../../data/products';
import { checkId, checkSku } from '../../data/validation';
import { limits } from '../limits';
import { checkLowStockThreshold } from '../stock/lowStockThreshold';
import { checkInt, checkMoney } from '../validation';
import { productTexts, type OptionalProductTextField, type RequiredProductTextField } from './productTextFields';

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

/**
 * Creates an active product at version 1 with no ratings and one default variant (no options),
 * from checked input: one transaction that
 * also claims its SKU and checks its category (`insertProduct`).
 *
 * @example
 * await createProduct(db, { sku: 'COF-001', name: 'House blend', categoryId, price: { amount: 1299, currency: 'USD' }, stock: 40 });
 */
export async function createProduct(db: Db, input: CreateProductInput, now = new Date()): Promise<ProductItem> {
  const price = checkMoney('price', input.price);
  const productId = randomUUID();
  const sku = checkSku('sku', input.sku);
  const stock = checkInt('stock', input.stock, 0, limits.maxStock);
  return insertProduct(db, {
    productId,
    sku,
    ...(productTexts(input) as Pick<ProductItem, RequiredProductTextField>),
    categoryId: checkId('categoryId', input.categoryId),
    priceAmount: price.amount,
    currency: price.currency,
    stock,
    // one default variant, whose id is the product's; its SKU, price and stock are the top-level ones
    options: [],
    variants: [{ variantId: productId, sku, priceAmount: price.amount, stock, status: 'ACTIVE', selectedOptions: [] }],
    ...(input.lowStockThreshold == null ? {} : { lowStockThreshold: checkLowStockThreshold(input.lowStockThreshold) }),
    status: 'ACTIVE',
    ratingCount: 0,
    ratingTotal: 0,
    version: 1,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  });
}
