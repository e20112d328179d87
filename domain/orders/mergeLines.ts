import { BadUserInputError } from '../../core/errors';
import { checkId } from '../../data/validation';
import { limits } from '../limits';
import { checkInt } from '../validation';

/** A requested line after merging: a product, the variant when the request named one, and the quantity. */
export interface MergedLine {
  readonly productId: string;
  readonly variantId?: string;
  readonly quantity: number;
}

/**
 * The requested lines, checked (1 to `limits.maxOrderLines` lines, each quantity 1 to
 * `limits.maxLineQuantity`), with lines for the same product and variant merged in first-seen
 * order; a merged quantity obeys the same limit. A line without `variantId` stands for the
 * product's default variant, whose id is the product's, so it merges with a line naming that id.
 *
 * @example
 * mergeLines([{ productId: 'p1', quantity: 1 }, { productId: 'p2', quantity: 1 }, { productId: 'p1', quantity: 2 }]);
 * // [{ productId: 'p1', quantity: 3 }, { productId: 'p2', quantity: 1 }]
 */
export function mergeLines(
  items: ReadonlyArray<{ readonly productId: string; readonly variantId?: string | null; readonly quantity: number }>,
): MergedLine[] {
  if (items.length < 1 || items.length > limits.maxOrderLines) {
    throw new BadUserInputError(`items: an order has 1 to ${limits.maxOrderLines} lines.`, { details: { field: 'items' } });
  }
  const merged = new Map<string, { productId: string; variantId?: string; quantity: number }>();
  for (const [index, item] of items.entries()) {
    checkId(`items[${index}].productId`, item.productId);
    if (item.variantId != null) checkId(`items[${index}].variantId`, item.variantId);
    checkInt(`items[${index}].quantity`, item.quantity, 1, limits.maxLineQuantity);
    const key = `${item.productId}\n${item.variantId ?? item.productId}`;
    const line = merged.get(key);
    if (line) line.quantity += item.quantity;
    else merged.set(key, { productId: item.productId, ...(item.variantId == null ? {} : { variantId: item.variantId }), quantity: item.quantity });
  }
  return [...merged.values()].map((line) => ({
    ...line,
    quantity: checkInt(`quantity of ${line.variantId ?? line.productId}`, line.quantity, 1, limits.maxLineQuantity),
  }));
}
