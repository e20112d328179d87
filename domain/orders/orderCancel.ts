import { writeOrderChange } from '../../data/checkoutOrders';
import { returnStockItem } from '../../data/holds';
import { getOrderWithLines, type OrderWithLines } from '../../data/orders';
import { PaymentProviderError } from '../payments/paymentErrors';
import { cancelOrder } from './cancelOrder';
import { endPendingOrder } from './endPendingOrder';
import { orderForChange, type OrderCaller } from './orderForChange';
import type { OrderDeps } from './orderDeps';
import { holdsByProduct } from './orderHolds';
import { OrderRefusedError } from './orderRefusedError';

/**
 * Cancels an order before it ships, by its customer or an admin: a PLACED order as `cancelOrder`
 * does (stock back); a PENDING_PAYMENT one is ended (holds back, payment cancelled); a PAID one is
 * refunded in full through the provider first (a refusal is PAYMENT_PROVIDER_ERROR with nothing
 * written), then CANCELLED with its units back in stock, in one transaction.
 */
export async function orderCancel(
  deps: OrderDeps,
  input: { readonly orderId: string; readonly expectedVersion?: number | null; readonly caller: OrderCaller },
): Promise<OrderWithLines> {
  const { order, lines } = await orderForChange(deps, { ...input, to: 'CANCELLED' });
  const who = input.caller.isAdmin && input.caller.customerId !== order.customerId ? 'an admin' : 'the customer';
  if (order.status === 'PLACED') return cancelOrder(deps.db, { orderId: order.orderId, customerId: order.customerId }, deps.now);
  if (order.status === 'PENDING_PAYMENT') {
    const ended = await endPendingOrder(deps, order, `cancelled by ${who}`);
    if (!ended) throw new OrderRefusedError('VERSION_STALE', 'The order changed meanwhile; reload it and retry.');
    return { order: ended, lines };
  }
  // PAID: refund in full, then cancel with the stock back
  const provider = await deps.payments();
  let refundId: string;
  try {
    ({ refundId } = await provider.refund({ paymentId: order.paymentId!, idempotencyKey: `refund-cancel:${order.orderId}` }));
  } catch (error) {
    if (error instanceof PaymentProviderError) throw new OrderRefusedError('PAYMENT_PROVIDER_ERROR', error.message, undefined, { cause: error });
    throw error;
  }
  const updatedAt = deps.now.toISOString();
  const left = order.totalAmount - (order.refundedAmount ?? 0);
  const set = {
    status: 'CANCELLED' as const,
    paymentStatus: 'REFUNDED' as const,
    refundedAmount: order.totalAmount,
    refunds: [...(order.refunds ?? []), { refundId, amount: left, reason: `cancelled by ${who}`, createdAt: updatedAt }],
  };
  const entry = { status: 'CANCELLED' as const, at: updatedAt, note: `cancelled by ${who}; refunded in full` };
  const returns = holdsByProduct(order).map((hold) => returnStockItem(deps.db, hold));
  let outcome = await writeOrderChange(deps.db, { order, set, entry, updatedAt, extra: returns });
  if (outcome.kind === 'extraRefused') {
    // a product's variants moved since it was sold: the order is cancelled and refunded all the same; the units that cannot go back are logged
    const { refused } = outcome;
    deps.log?.warn('Stock of a cancelled order could not go back to a product whose variants changed', { orderId: order.orderId });
    outcome = await writeOrderChange(deps.db, { order, set, entry, updatedAt, extra: returns.filter((_, index) => !refused[index]) });
  }
  if (outcome.kind !== 'written') return (await getOrderWithLines(deps.db, { orderId: order.orderId, consistent: true }))!;
  return { order: { ...order, ...set, version: outcome.version, updatedAt, history: [...(order.history ?? []), entry] }, lines };
}
