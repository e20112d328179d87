import { ConflictError } from '../../core/errors';
import type { OrderItem } from '../../data/entities/order';

export type OrderStatus = OrderItem['status'];

/** The statuses an order may move to from each status: a PLACED order may be cancelled, a CANCELLED one stays. */
export const orderTransitions: { readonly [From in OrderStatus]: readonly OrderStatus[] } = {
  PLACED: ['CANCELLED'],
  CANCELLED: [],
};

/** Whether an order in status `from` may move to `to`. */
export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return orderTransitions[from].includes(to);
}

/**
 * CONFLICT unless the order may move to `to`, naming the statuses it may move from.
 *
 * @example
 * assertTransition({ orderId: 'o1', status: 'CANCELLED' }, 'CANCELLED'); // throws: Order "o1" is CANCELLED; only PLACED orders can be cancelled.
 */
export function assertTransition(order: Pick<OrderItem, 'orderId' | 'status'>, to: OrderStatus): void {
  if (canTransition(order.status, to)) return;
  const from = (Object.keys(orderTransitions) as OrderStatus[]).filter((status) => canTransition(status, to));
  throw new ConflictError(`Order "${order.orderId}" is ${order.status}; only ${from.join(' or ')} orders can be ${to.toLowerCase()}.`);
}
