import type { StockReturn } from '../../data/orders';
import { limits } from '../limits';

/**
 * The rule every write that adds stock obeys: a product holds at most `limits.maxStock`. Adding
 * `quantity` is written under the condition that the stock is at most this number beforehand
 * (restockProduct and adjustInventory refuse otherwise; cancelOrder caps what it gives back at the ceiling).
 *
 * @example
 * largestStockBeforeAdding(5); // 999_995
 */
export function largestStockBeforeAdding(quantity: number): number {
  return limits.maxStock - quantity;
}

/**
 * How a cancelled line's quantity goes back to its product (to `variant`'s stock when given, on a
 * product with several variants): added while the stock leaves room for
 * it, or, for a product last found too full (`atCeiling`), the stock set to the ceiling while it is
 * still too full. The rest of the quantity is dropped, and a product between the two is never
 * pushed past the ceiling.
 *
 * @example
 * stockReturn({ productId: 'p1', quantity: 5 }, false); // { productId: 'p1', add: 5, whileAtMost: 999_995 }
 * stockReturn({ productId: 'p1', quantity: 5 }, true); // { productId: 'p1', setTo: 1_000_000, whileAbove: 999_995 }
 */
export function stockReturn(
  { productId, quantity }: { productId: string; quantity: number },
  atCeiling: boolean,
  variant?: { readonly index: number; readonly variantId: string },
): StockReturn {
  const largestStockBefore = largestStockBeforeAdding(quantity);
  const target = variant ? { productId, variant } : { productId };
  return atCeiling
    ? { ...target, setTo: limits.maxStock, whileAbove: largestStockBefore }
    : { ...target, add: quantity, whileAtMost: largestStockBefore };
}
