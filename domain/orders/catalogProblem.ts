import { BadUserInputError, NotFoundError, OutOfStockError } from '../../core/errors';
import type { ProductItem } from '../../data/entities/product';
import { findVariant, variantsOf, type Variant } from '../../data/variants';
import { availableUnits } from '../stock/availableUnits';
import type { MergedLine } from './mergeLines';

/**
 * The variant a line orders: the one it names, or the product's only variant when it names none.
 * NOT_FOUND when the product is missing or archived, or the variant is missing or archived;
 * BAD_USER_INPUT when the line names no variant of a product with several.
 */
export function variantOfLine(line: MergedLine, product: ProductItem | undefined): Variant | Error {
  if (!product || product.status !== 'ACTIVE') {
    return new NotFoundError(`Product "${line.productId}" was not found or is no longer sold.`, { details: { productId: line.productId } });
  }
  if (line.variantId === undefined) {
    const variants = variantsOf(product);
    if ((product.variants?.length ?? 0) > 1) {
      return new BadUserInputError(`items: product "${line.productId}" has ${variants.length} variants; name one with variantId.`, {
        details: { field: 'items', productId: line.productId },
      });
    }
    return variants[0]!;
  }
  const variant = findVariant(product, line.variantId);
  if (!variant || variant.status !== 'ACTIVE') {
    return new NotFoundError(`Variant "${line.variantId}" of product "${line.productId}" was not found or is no longer sold.`, {
      details: { productId: line.productId, variantId: line.variantId },
    });
  }
  return variant;
}

/**
 * Why the catalog cannot satisfy these lines, if it cannot: a product or variant missing or no
 * longer sold (NOT_FOUND), a product with several variants ordered without naming one
 * (BAD_USER_INPUT), not enough stock of a variant (OUT_OF_STOCK), or products priced in more than
 * one currency. `onlyIds` limits the check to those products' lines (and leaves out the currency check).
 * Stock is what can be bought at `now` (`availableUnits`: expired holds' units count).
 */
export function catalogProblem(
  lines: readonly MergedLine[],
  products: readonly ProductItem[],
  onlyIds?: readonly string[],
  now: Date = new Date(),
): Error | undefined {
  const byId = new Map(products.map((product) => [product.productId, product]));
  for (const line of lines) {
    if (onlyIds && !onlyIds.includes(line.productId)) continue;
    const product = byId.get(line.productId);
    const variant = variantOfLine(line, product);
    if (variant instanceof Error) return variant;
    const available = availableUnits(product!, variant.variantId, now);
    if (available < line.quantity) {
      return new OutOfStockError(`Only ${available} of "${product!.name}" (${variant.sku}) in stock.`, {
        details: { productId: line.productId, variantId: variant.variantId, sku: variant.sku, available },
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
