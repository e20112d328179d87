import { limits } from './validation';

/**
 * The rule every write that adds stock obeys: a product holds at most `limits.maxStock`. Adding
 * `quantity` is written under the condition that the stock is at most this number beforehand
 * (restockProduct refuses otherwise; cancelOrder caps what it gives back at the ceiling).
 *
 * @example
 * largestStockBeforeAdding(5); // 999_995
 */
export function largestStockBeforeAdding(quantity: number): number {
  return limits.maxStock - quantity;
}
