import { BadUserInputError, NotFoundError, OutOfStockError } from '../../core/errors';
import type { ProductItem } from '../../data/entities/product';

/**
 * Why the catalog cannot satisfy these lines, if it cannot: a product missing or no longer sold
 * (NOT_FOUND), not enough stock (OUT_OF_STOCK), or products priced in more than one currency.
 * `onlyIds` limits the check to those products' lines (and leaves out the currency check).
 */
export function catalogProblem(
  lines: ReadonlyArray<{ productId: string; quantity: number }>,
  products: readonly ProductItem[],
  onlyIds?: readonly string[],
): Error | undefined {
  const byId = new Map(products.map((product) => [product.productId, product]));
  for (const line of lines) {
    if (onlyIds && !onlyIds.includes(line.productId)) continue;
    const product = byId.get(line.productId);
    if (!product || product.status !== 'ACTIVE') {
      return new NotFoundError(`Product "${line.productId}" was not found or is no longer sold.`, {
        details: { productId: line.productId },
      });
    }
    if (product.stock < line.quantity) {
      return new OutOfStockError(`Only ${product.stock} of "${product.name}" (${product.sku}) in stock.`, {
        details: { productId: product.productId, sku: product.sku, available: product.stock },
      });
    }
  }
  if (!onlyIds && new Set(products.map((product) => product.currency)).size > 1) {
    return new BadUserInputError('items: all products of an order must be priced in the same currency.', {
      details: { field: 'items' },
    });
  }
  return undefined;
}
