import { BadUserInputError } from '../core/errors';
import type { OrderLineItem } from '../data/entities/orderLine';
import type { ProductItem } from '../data/entities/product';
import { limits } from './limits';

/** A price as the shopper saw it or as the catalog holds it. */
export interface UnitPrice {
  readonly amount: number;
  readonly currency: string;
}

/**
 * The current prices of the products whose price differs from the one the shopper was shown (a
 * line shown no price accepts the current one): an order is only placed at the prices shown.
 *
 * @example
 * changedPrices([{ productId: 'p1', expectedUnitPrice: { amount: 900, currency: 'USD' } }], byId); // [{ productId: 'p1', unitPrice: { amount: 1000, currency: 'USD' } }]
 */
export function changedPrices(
  items: ReadonlyArray<{ readonly productId: string; readonly expectedUnitPrice?: UnitPrice | null }>,
  byId: ReadonlyMap<string, ProductItem>,
): Array<{ productId: string; unitPrice: UnitPrice }> {
  const changed = new Map<string, UnitPrice>();
  for (const { productId, expectedUnitPrice: shown } of items) {
    const product = byId.get(productId)!;
    if (shown && (shown.amount !== product.priceAmount || shown.currency !== product.currency)) {
      changed.set(productId, { amount: product.priceAmount, currency: product.currency });
    }
  }
  return [...changed].map(([productId, unitPrice]) => ({ productId, unitPrice }));
}

/** The lines of order `orderId` at the catalog's current prices, numbered from 1 in the order given. */
export function pricedLines(
  orderId: string,
  lines: ReadonlyArray<{ readonly productId: string; readonly quantity: number }>,
  byId: ReadonlyMap<string, ProductItem>,
): OrderLineItem[] {
  return lines.map((line, index) => {
    const product = byId.get(line.productId)!;
    return {
      orderId,
      lineNo: index + 1,
      productId: product.productId,
      sku: product.sku,
      name: product.name,
      unitAmount: product.priceAmount,
      currency: product.currency,
      quantity: line.quantity,
    };
  });
}

/** An order's total in minor units: the sum of unit price times quantity, exact (integers far below 2^53). */
export function orderTotal(lines: ReadonlyArray<Pick<OrderLineItem, 'unitAmount' | 'quantity'>>): number {
  return lines.reduce((sum, line) => sum + line.unitAmount * line.quantity, 0);
}

/** BAD_USER_INPUT for a total above `limits.maxOrderTotal`; undefined for one that may be ordered. */
export function orderTotalProblem(totalAmount: number): BadUserInputError | undefined {
  if (totalAmount <= limits.maxOrderTotal) return undefined;
  return new BadUserInputError(`items: the order total would be ${totalAmount} minor units; the largest order total is ${limits.maxOrderTotal}.`, {
    details: { field: 'items', maxOrderTotal: limits.maxOrderTotal },
  });
}
