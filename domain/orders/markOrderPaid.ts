import type { OrderItem } from '../../data/entities/order';
import { writeOrderChange } from '../../data/checkoutOrders';
import { markCartCompleted } from '../../data/carts';
import { claimHoldItem, releaseHolds, retakeStockItem } from '../../data/holds';
import { transactItemsOf, writeTransactItems } from '../../data/transactItems';
import type { ProviderRefund } from '../payments/paymentProvider';
import type { OrderDeps } from './orderDeps';
import { holdsByProduct } from './orderHolds';

/** The note of a paid order cancelled because its stock was sold after its hold expired. */
export const STOCK_LOST_NOTE = 'paid after its hold expired and the stock was sold: refunded in full';

/**
 * A PENDING_PAYMENT order's payment succeeded: one transaction moves it to PAID and makes each
 * hold's units the order's (the hold removed, conditioned on still being there). A hold that expired
 * and was folded back by another write is taken from the stock again when the stock has it; when it
 * has not, the order is CANCELLED and the payment refunded in full at once, so nobody pays for stock
 * they did not get. Then the cart is marked completed. Null when the order had moved on since it was read.
 */
export async function markOrderPaid(deps: OrderDeps, order: OrderItem, note = 'payment succeeded'): Promise<OrderItem | null> {
  const { db, now } = deps;
  const updatedAt = now.toISOString();
  const holds = holdsByProduct(order);
  const retake = holds.map(() => false);
  for (let attempt = 1; attempt <= holds.length + 1; attempt++) {
    const extra = holds.map((hold, index) => (retake[index] ? retakeStockItem(db, hold) : claimHoldItem(db, hold)));
    const entry = { status: 'PAID' as const, at: updatedAt, note };
    const outcome = await writeOrderChange(db, { order, set: { status: 'PAID', paymentStatus: 'PAID' }, entry, updatedAt, extra });
    if (outcome.kind === 'orderChanged') return null;
    if (outcome.kind === 'written') {
      if (order.cartId) await completeCart(deps, order);
      return { ...order, status: 'PAID', paymentStatus: 'PAID', version: outcome.version, updatedAt, history: [...(order.history ?? []), entry] };
    }
    if (outcome.refused.some((refused, index) => refused && retake[index])) return cancelForLostStock(deps, order);
    outcome.refused.forEach((refused, index) => {
      if (refused) retake[index] = true;
    });
  }
  return cancelForLostStock(deps, order);
}

/**
 * Paid, but the stock is gone: the payment is refunded in full first (one idempotency key per
 * order), then the order is CANCELLED with that refund in `refunds`, and the holds it still has are
 * given back. A refund the provider refuses throws with nothing written: the provider's next
 * delivery of the payment's event runs the hook, and this, again.
 */
async function cancelForLostStock(deps: OrderDeps, order: OrderItem): Promise<OrderItem | null> {
  const { db, now } = deps;
  const refund = await refundCancelledOrder(deps, order);
  const updatedAt = now.toISOString();
  const entry = { status: 'CANCELLED' as const, at: updatedAt, note: STOCK_LOST_NOTE };
  const set = {
    status: 'CANCELLED' as const,
    paymentStatus: 'REFUNDED' as const,
    refundedAmount: order.totalAmount,
    refunds: [
      ...(order.refunds ?? []),
      ...(refund ? [{ refundId: refund.refundId, amount: refund.amount, reason: STOCK_LOST_NOTE, createdAt: updatedAt }] : []),
    ],
  };
  const outcome = await writeOrderChange(db, { order, set, entry, updatedAt });
  if (outcome.kind !== 'written') return null;
  await releaseHolds(db, holdsByProduct(order));
  return { ...order, ...set, version: outcome.version, updatedAt, history: [...(order.history ?? []), entry] };
}

/**
 * Refunds in full the payment of an order that ended without its stock (one idempotency key per
 * order, so however often it runs, the provider refunds once), and returns the provider's refund
 * id (none when the order has no payment). A failure is logged and thrown: the provider's next
 * delivery of the payment's event runs the hook, and this, again.
 */
export async function refundCancelledOrder(
  { payments, log }: OrderDeps,
  order: Pick<OrderItem, 'orderId' | 'paymentId'>,
): Promise<ProviderRefund | undefined> {
  if (!order.paymentId) return undefined;
  try {
    const provider = await payments();
    return await provider.refund({ paymentId: order.paymentId, idempotencyKey: `refund-cancelled:${order.orderId}` });
  } catch (error) {
    log?.error('The payment of a cancelled order could not be refunded; it is tried again on the next delivery', {
      orderId: order.orderId,
      error: String(error),
    });
    throw error;
  }
}

/**
 * A payment that succeeded for an order that had already ended (CANCELLED, nothing paid): refunded
 * in full, and the refund recorded in the order's `refunds` (its status stays CANCELLED; the
 * provider's refund id keeps a repeated delivery from recording it twice). Null when the order
 * moved on while it was being recorded (the refund is made; the next delivery records it).
 */
export async function refundEndedOrder(deps: OrderDeps, order: OrderItem): Promise<OrderItem | null> {
  const refund = await refundCancelledOrder(deps, order);
  if (!refund || (order.refunds ?? []).some((recorded) => recorded.refundId === refund.refundId)) return order;
  const { refundId, amount } = refund;
  const updatedAt = deps.now.toISOString();
  const set = {
    paymentStatus: 'REFUNDED' as const,
    refundedAmount: (order.refundedAmount ?? 0) + amount,
    refunds: [...(order.refunds ?? []), { refundId, amount, reason: 'paid after the order had ended', createdAt: updatedAt }],
  };
  const outcome = await writeOrderChange(deps.db, { order, set, updatedAt });
  return outcome.kind === 'written' ? { ...order, ...set, version: outcome.version, updatedAt } : null;
}

async function completeCart({ db, log }: OrderDeps, order: OrderItem): Promise<void> {
  const failed = await writeTransactItems(
    db,
    transactItemsOf(db, (entities) => markCartCompleted(entities, { cartId: order.cartId!, orderId: order.orderId })),
  );
  if (failed) log?.info('The paid order’s cart is gone; nothing to complete', { orderId: order.orderId, cartId: order.cartId });
}
