import type { OrderItem } from '../../data/entities/order';
import { getOrderWithLines, type OrderWithLines } from '../../data/orders';
import { endPendingOrder } from './endPendingOrder';
import { HOLD_EXPIRED_NOTE, holdExpired } from './effectiveOrder';
import type { OrderDeps } from './orderDeps';
import { OrderRefusedError } from './orderRefusedError';
import { canTransition, type OrderStatus } from './orderTransitions';

/** Who asks for a change: an admin, or the customer the order must belong to. */
export interface OrderCaller {
  readonly customerId: string;
  readonly isAdmin: boolean;
}

/**
 * The order to change, read consistently: ORDER_NOT_FOUND when missing or not the caller's,
 * VERSION_STALE when `expectedVersion` is given and not the order's, CONFLICT when it may not move
 * to `to`. A pending order whose hold has expired is ended first (the write its expiry waited for).
 */
export async function orderForChange(
  deps: OrderDeps,
  { orderId, expectedVersion, caller, to }: { orderId: string; expectedVersion?: number | null; caller: OrderCaller; to: OrderStatus },
): Promise<OrderWithLines> {
  const found = await getOrderWithLines(deps.db, { orderId, consistent: true });
  if (!found || (!caller.isAdmin && found.order.customerId !== caller.customerId)) {
    throw new OrderRefusedError('ORDER_NOT_FOUND', 'No such order.', ['input', 'orderId']);
  }
  let order: OrderItem = found.order;
  if (holdExpired(order, deps.now)) order = (await endPendingOrder(deps, order, HOLD_EXPIRED_NOTE)) ?? order;
  if (expectedVersion != null && expectedVersion !== (found.order.version ?? 1)) {
    throw new OrderRefusedError('VERSION_STALE', `The order is at version ${found.order.version ?? 1}; reload it and retry.`, [
      'input',
      'expectedVersion',
    ]);
  }
  if (!canTransition(order.status, to)) {
    throw new OrderRefusedError('CONFLICT', `The order is ${order.status}; it cannot become ${to}.`);
  }
  return { order, lines: found.lines };
}
