import type { OrderItem } from '../../data/entities/order';
import { getOrderWithLines } from '../../data/orders';
import { HOLD_EXPIRED_NOTE, holdExpired } from './effectiveOrder';
import { endPendingOrder, type EndOrderDeps } from './endPendingOrder';

/**
 * Records an abandoned checkout: the order's hold marker was deleted by the table's TTL (the
 * notifier reads that from the stream), so when the order is still PENDING_PAYMENT with its hold
 * expired, it is ended as the read-time rule already shows it (CANCELLED, "hold expired"): its
 * discount codes' uses and its holds are given back, and the status change reaches the stream as
 * ORDER_CANCELLED. Nothing is written for an order that moved on (paid, ended) or whose hold has
 * not expired; running it again is a no-op. The ended order, or null when nothing was written.
 */
export async function endExpiredOrder(deps: EndOrderDeps, { orderId }: { orderId: string }): Promise<OrderItem | null> {
  const found = await getOrderWithLines(deps.db, { orderId, consistent: true });
  if (!found || !holdExpired(found.order, deps.now)) return null;
  return endPendingOrder(deps, found.order, HOLD_EXPIRED_NOTE);
}
