import { invalidCursor } from '../../data/cursor';
import type { Db } from '../../data/db';
import { assertPageSize, toPage, type Page, type PageArgs } from '../../data/page';
import { listLowStockProducts, type LowStockProduct } from './listLowStockProducts';

const SCOPE = 'lowStock';

/**
 * A page of the low-stock list (`listLowStockProducts`: lowest stock first, then by SKU), after
 * the cursor's (stock, SKU). The list is read in full, one Query per 1 MB page of the sparse stock
 * index, as the daily report reads it (the Query reads only the active products with at most
 * `limits.maxLowStockThreshold` in stock); the page is what the answer carries.
 *
 * @example
 * const page = await listLowStockProductPage(db, { defaultThreshold: 5, first: 20, after: null, cursors });
 */
export async function listLowStockProductPage(
  db: Db,
  { defaultThreshold, first, after, cursors, maxPageSize }: PageArgs & { defaultThreshold: number },
): Promise<Page<LowStockProduct>> {
  assertPageSize(first, maxPageSize);
  const position = after ? cursors.decode(SCOPE, after) : undefined;
  if (position && (typeof position.stock !== 'number' || typeof position.sku !== 'string')) throw invalidCursor();
  const all = await listLowStockProducts(db, { defaultThreshold });
  const start = position ? all.findIndex(({ variant }) => isAfter(variant, position as { stock: number; sku: string })) : 0;
  const rest = start < 0 ? [] : all.slice(start, start + first + 1);
  return toPage(rest, first, ({ variant }) => cursors.encode(SCOPE, { stock: variant.stock, sku: variant.sku }), after);
}

/** Whether a variant comes after the position in the list's order (stock, then SKU as the list sorts it). */
function isAfter(product: { stock: number; sku: string }, position: { stock: number; sku: string }): boolean {
  return product.stock > position.stock || (product.stock === position.stock && product.sku.localeCompare(position.sku) > 0);
}
