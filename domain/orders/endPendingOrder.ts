import type { OrderItem } from '../../data/entities/order';
import { writeOrderChange } from '../../data/checkoutOrders';
import { releaseDiscountCode } from '../../data/discountCodes';
import { releaseHolds } from '../../data/holds';
import { transactItemsOf } from '../../data/transactItems';
import type { OrderDeps } from './orderDeps';
import { holdsByProduct } from './orderHolds';

/** What ending an order needs: the order's deps, the payment provider optional (without it the payment is left unconfirmed). */
export type EndOrderDeps = Omit<OrderDeps, 'payments'> & Partial<Pick<OrderDeps, 'payments'>>;

/**
 * Ends an unpaid order (CANCELLED, payment FAILED, with `note` in its history): one transaction of
 * the order's change (conditioned on its status and version) and its discount codes' uses given
 * back (its hold marker removed with it); then its holds are given back (each once, data/holds.ts
 * `releaseHolds`) and, when `deps` has the payment provider, its payment is cancelled with it, so
 * it can no longer be charged (if it is anyway, the payment hook refunds it). Null when the order
 * had moved on since it was read (nothing written).
 */
export async function endPendingOrder(deps: EndOrderDeps, order: OrderItem, note: string): Promise<OrderItem | null> {
  const { db, now } = deps;
  const updatedAt = now.toISOString();
  const entry = { status: 'CANCELLED' as const, at: updatedAt, note };
  const releases = (order.discountUses ?? []).flatMap((use) =>
    transactItemsOf(db, (entities) => releaseDiscountCode(entities, { ...use, customerId: order.customerId })),
  );
  const outcome = await writeOrderChange(db, { order, set: { status: 'CANCELLED', paymentStatus: 'FAILED' }, entry, updatedAt, extra: releases });
  if (outcome.kind !== 'written') return null;
  await releaseHolds(db, holdsByProduct(order));
  if (order.paymentId && deps.payments) await cancelPayment({ ...deps, payments: deps.payments }, order);
  return { ...order, status: 'CANCELLED', paymentStatus: 'FAILED', version: outcome.version, updatedAt, history: [...(order.history ?? []), entry] };
}

async function cancelPayment({ payments, log }: OrderDeps, order: OrderItem): Promise<void> {
  try {
    const provider = await payments();
    await provider.cancel({ paymentId: order.paymentId!, idempotencyKey: `cancel:${order.orderId}` });
  } catch (error) {
    // already succeeded (the hook refunds it) or canceled, or the provider is down (the payment expires unconfirmed)
    log?.warn('The payment of an ended order could not be cancelled', { orderId: order.orderId, error: String(error) });
  }
}
