import type { Db } from '../../data/db';
import type { ProductItem } from '../../data/entities/product';
import { listActiveProductsByStock } from '../../data/products';
import { limits } from '../limits';
import { checkLowStockThreshold } from './lowStockThreshold';

export interface LowStockProduct {
  readonly product: ProductItem;
  /** The threshold that applies: the product's own, else the default. */
  readonly threshold: number;
}

/**
 * Active products at or below their low-stock threshold (their own, else `defaultThreshold`),
 * lowest stock first (then by SKU): the active products with at most `limits.maxLowStockThreshold`
 * in stock (one Query per page of the sparse stock index), each held to its threshold here.
 *
 * @example
 * const low = await listLowStockProducts(db, { defaultThreshold: 5 });
 */
export async function listLowStockProducts(db: Db, { defaultThreshold }: { defaultThreshold: number }): Promise<LowStockProduct[]> {
  checkLowStockThreshold(defaultThreshold);
  return lowStockOf(await listActiveProductsByStock(db, { maxStock: limits.maxLowStockThreshold }), defaultThreshold);
}

/** The products at or below their threshold (their own, else `defaultThreshold`), lowest stock first, then by SKU. */
export function lowStockOf(products: readonly ProductItem[], defaultThreshold: number): LowStockProduct[] {
  return products
    .map((product) => ({ product, threshold: product.lowStockThreshold ?? defaultThreshold }))
    .filter(({ product, threshold }) => product.stock <= threshold)
    .sort((a, b) => a.product.stock - b.product.stock || a.product.sku.localeCompare(b.product.sku));
}
