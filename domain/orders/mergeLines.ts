import { BadUserInputError } from '../../core/errors';
import { checkId } from '../../data/validation';
import { limits } from '../limits';
import { checkInt } from '../validation';

/**
 * The requested lines, checked (1 to `limits.maxOrderLines` lines, each quantity 1 to
 * `limits.maxLineQuantity`), with lines for the same product merged in first-seen order; a merged
 * quantity obeys the same limit.
 *
 * @example
 * mergeLines([{ productId: 'p1', quantity: 1 }, { productId: 'p2', quantity: 1 }, { productId: 'p1', quantity: 2 }]);
 * // [{ productId: 'p1', quantity: 3 }, { productId: 'p2', quantity: 1 }]
 */
export function mergeLines(
  items: ReadonlyArray<{ readonly productId: string; readonly quantity: number }>,
): Array<{ productId: string; quantity: number }> {
  if (items.length < 1 || items.length > limits.maxOrderLines) {
    throw new BadUserInputError(`items: an order has 1 to ${limits.maxOrderLines} lines.`, { details: { field: 'items' } });
  }
  const merged = new Map<string, number>();
  for (const [index, item] of items.entries()) {
    checkId(`items[${index}].productId`, item.productId);
    checkInt(`items[${index}].quantity`, item.quantity, 1, limits.maxLineQuantity);
    merged.set(item.productId, (merged.get(item.productId) ?? 0) + item.quantity);
  }
  return [...merged].map(([productId, quantity]) => ({
    productId,
    quantity: checkInt(`quantity of ${productId}`, quantity, 1, limits.maxLineQuantity),
  }));
}
