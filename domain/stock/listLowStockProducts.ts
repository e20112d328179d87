import type { Db } from '../../data/db';
import type { ProductItem } from '../../data/entities/product';
import { listActiveProductsByStock } from '../../data/products';
import { variantsOf, type Variant } from '../../data/variants';
import { limits } from '../limits';
import { checkLowStockThreshold } from './lowStockThreshold';

export interface LowStockProduct {
  readonly product: ProductItem;
  /** The variant at or below its threshold (the product's only one, for a product with one). */
  readonly variant: Variant;
  /** The threshold that applies: the variant's own, else the product's, else the default. */
  readonly threshold: number;
}

/**
 * Active variants at or below their low-stock threshold (their own, else their product's, else `defaultThreshold`),
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

/**
 * The active variants at or below their threshold (the variant's own, else the product's, else
 * `defaultThreshold`), one entry each, lowest stock first, then by SKU. The products come from the
 * stock index, whose key is the lowest active variant stock, so every product with a low variant is among them.
 */
export function lowStockOf(products: readonly ProductItem[], defaultThreshold: number): LowStockProduct[] {
  return products
    .flatMap((product) =>
      variantsOf(product)
        .filter((variant) => variant.status === 'ACTIVE')
        .map((variant) => ({ product, variant, threshold: variant.lowStockThreshold ?? product.lowStockThreshold ?? defaultThreshold })),
    )
    .filter(({ variant, threshold }) => variant.stock <= threshold)
    .sort((a, b) => a.variant.stock - b.variant.stock || a.variant.sku.localeCompare(b.variant.sku));
}
