import { writeOrderChange } from '../../data/checkoutOrders';
import type { OrderWithLines } from '../../data/orders';
import { checkText } from '../validation';
import { orderForChange, type OrderCaller } from './orderForChange';
import type { OrderDeps } from './orderDeps';
import { OrderRefusedError } from './orderRefusedError';

interface Advance {
  readonly orderId: string;
  readonly expectedVersion: number;
  readonly caller: OrderCaller;
}

/** A PAID order has shipped: FULFILLED with its tracking number (admins). */
export async function fulfillOrder(deps: OrderDeps, input: Advance & { readonly trackingNumber: string }): Promise<OrderWithLines> {
  const trackingNumber = input.trackingNumber.trim();
  if (!trackingNumber || trackingNumber.length > 100) {
    throw new OrderRefusedError('INVALID', 'trackingNumber must be 1 to 100 characters.', ['input', 'trackingNumber']);
  }
  checkText('trackingNumber', trackingNumber, 100);
  return advance(deps, input, 'FULFILLED', { trackingNumber }, `tracking number ${trackingNumber}`);
}

/** A FULFILLED order arrived: DELIVERED (admins). */
export async function markOrderDelivered(deps: OrderDeps, input: Advance): Promise<OrderWithLines> {
  return advance(deps, input, 'DELIVERED', {});
}

async function advance(
  deps: OrderDeps,
  input: Advance,
  to: 'FULFILLED' | 'DELIVERED',
  set: { trackingNumber?: string },
  note?: string,
): Promise<OrderWithLines> {
  const { order, lines } = await orderForChange(deps, { ...input, to });
  const updatedAt = deps.now.toISOString();
  const entry = { status: to, at: updatedAt, ...(note ? { note } : {}) };
  const outcome = await writeOrderChange(deps.db, { order, set: { ...set, status: to }, entry, updatedAt });
  if (outcome.kind !== 'written')
    throw new OrderRefusedError('VERSION_STALE', 'The order changed meanwhile; reload it and retry.', ['input', 'expectedVersion']);
  return { order: { ...order, ...set, status: to, version: outcome.version, updatedAt, history: [...(order.history ?? []), entry] }, lines };
}
