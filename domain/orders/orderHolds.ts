import type { OrderHold, OrderItem } from '../../data/entities/order';
import type { HoldUnit } from '../../data/holds';

/** An order's holds grouped by product (one hold per product, under the order's id), as data/holds.ts takes them. */
export function holdsByProduct(order: Pick<OrderItem, 'orderId' | 'holds'>): Array<{ productId: string; holdKey: string; units: HoldUnit[] }> {
  const byProduct = new Map<string, HoldUnit[]>();
  for (const hold of order.holds ?? []) byProduct.set(hold.productId, [...(byProduct.get(hold.productId) ?? []), unitOf(hold)]);
  return [...byProduct].map(([productId, units]) => ({ productId, holdKey: order.orderId, units }));
}

function unitOf(hold: OrderHold): HoldUnit {
  return { v: hold.variantId, i: hold.variantIndex ?? 0, top: hold.variantIndex === undefined, q: hold.quantity };
}
