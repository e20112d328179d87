import { ConflictError } from '../../core/errors';
import type { OrderItem } from '../../data/entities/order';

export type OrderStatus = OrderItem['status'];

/**
 * The statuses an order may move to from each status. PLACED (placeOrder's, unpaid) may only be
 * cancelled; a checkout's order goes PENDING_PAYMENT → PAID → FULFILLED → DELIVERED, may be
 * CANCELLED before it ships (a PAID one is refunded in full then) and REFUNDED once paid.
 * CANCELLED and REFUNDED are final.
 */
export const orderTransitions: { readonly [From in OrderStatus]: readonly OrderStatus[] } = {
  PLACED: ['CANCELLED'],
  PENDING_PAYMENT: ['PAID', 'CANCELLED'],
  PAID: ['FULFILLED', 'CANCELLED', 'REFUNDED'],
  FULFILLED: ['DELIVERED', 'REFUNDED'],
  DELIVERED: ['REFUNDED'],
  CANCELLED: [],
  REFUNDED: [],
};

/** The statuses in which an order may be refunded (in part or in full). */
export const REFUNDABLE_STATUSES: readonly OrderStatus[] = ['PAID', 'FULFILLED', 'DELIVERED'];

/** Whether an order in status `from` may move to `to`. */
export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return orderTransitions[from].includes(to);
}

const PAST: Readonly<Record<OrderStatus, string>> = {
  PLACED: 'placed',
  PENDING_PAYMENT: 'made pending payment',
  PAID: 'paid',
  FULFILLED: 'fulfilled',
  DELIVERED: 'marked delivered',
  CANCELLED: 'cancelled',
  REFUNDED: 'refunded',
};

/**
 * CONFLICT unless the order may move to `to`, naming the statuses it may move from.
 *
 * @example
 * assertTransition({ orderId: 'o1', status: 'CANCELLED' }, 'CANCELLED'); // throws: Order "o1" is CANCELLED; only PLACED, PENDING_PAYMENT or PAID orders can be cancelled.
 */
export function assertTransition(order: Pick<OrderItem, 'orderId' | 'status'>, to: OrderStatus): void {
  if (canTransition(order.status, to)) return;
  const from = (Object.keys(orderTransitions) as OrderStatus[]).filter((status) => canTransition(status, to));
  const names = from.length > 1 ? `${from.slice(0, -1).join(', ')} or ${from.at(-1)}` : from.join('');
  throw new ConflictError(`Order "${order.orderId}" is ${order.status}; only ${names} orders can be ${PAST[to]}.`);
}
