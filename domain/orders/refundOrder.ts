import { writeOrderChange } from '../../data/checkoutOrders';
import type { OrderItem } from '../../data/entities/order';
import { getOrderWithLines, type OrderWithLines } from '../../data/orders';
import { PaymentProviderError } from '../payments/paymentErrors';
import { orderForChange, type OrderCaller } from './orderForChange';
import type { OrderDeps } from './orderDeps';
import { OrderRefusedError } from './orderRefusedError';
import { REFUNDABLE_STATUSES } from './orderTransitions';

export interface RefundOrderInput {
  readonly orderId: string;
  readonly expectedVersion: number;
  /** Minor units; absent: all that is left. */
  readonly amount?: number | null;
  readonly reason?: string | null;
  readonly idempotencyKey: string;
  readonly caller: OrderCaller;
}

/**
 * Refunds a PAID, FULFILLED or DELIVERED order in full or in part (admins): the provider refunds
 * first (its idempotency key derives from the order and the request's key, so a retry never
 * refunds twice), then the order records it, raising its version: REFUNDED once refunds reach what
 * was paid, PARTIALLY_REFUNDED payment otherwise. More than what is left is REFUND_EXCEEDS_PAID and
 * a provider refusal PAYMENT_PROVIDER_ERROR, both with nothing written.
 */
export async function refundOrder(deps: OrderDeps, input: RefundOrderInput): Promise<OrderWithLines> {
  if (!/^.{1,64}$/su.test(input.idempotencyKey))
    throw new OrderRefusedError('INVALID', 'idempotencyKey must be 1 to 64 characters.', ['input', 'idempotencyKey']);
  const reason = input.reason?.trim() || undefined;
  if (reason && reason.length > 500) throw new OrderRefusedError('INVALID', 'reason must be at most 500 characters.', ['input', 'reason']);
  const { order } = await orderForChange(deps, { ...input, to: 'REFUNDED' });
  if (!REFUNDABLE_STATUSES.includes(order.status) || !order.paymentId)
    throw new OrderRefusedError('CONFLICT', `The order is ${order.status}; it cannot be refunded.`);
  const left = order.totalAmount - (order.refundedAmount ?? 0);
  const amount = input.amount ?? left;
  if (!Number.isInteger(amount) || amount < 1)
    throw new OrderRefusedError('INVALID', 'amount must be a positive whole number of minor units.', ['input', 'amount']);
  if (amount > left) throw new OrderRefusedError('REFUND_EXCEEDS_PAID', `Only ${left} is left to refund.`, ['input', 'amount']);
  const provider = await deps.payments();
  let refundId: string;
  try {
    ({ refundId } = await provider.refund({ paymentId: order.paymentId, amount, idempotencyKey: `refund:${order.orderId}:${input.idempotencyKey}` }));
  } catch (error) {
    if (error instanceof PaymentProviderError) throw new OrderRefusedError('PAYMENT_PROVIDER_ERROR', error.message, undefined, { cause: error });
    throw error;
  }
  return recordRefund(deps, order, { refundId, amount, reason });
}

/** Records a refund the provider made on the order, re-reading it while concurrent changes move it (the refund is already made: it must be recorded). */
async function recordRefund(
  deps: OrderDeps,
  read: OrderItem,
  refund: { refundId: string; amount: number; reason?: string },
): Promise<OrderWithLines> {
  let order = read;
  for (let attempt = 1; attempt <= 5; attempt++) {
    const updatedAt = deps.now.toISOString();
    if ((order.refunds ?? []).some((recorded) => recorded.refundId === refund.refundId)) break;
    const refundedAmount = (order.refundedAmount ?? 0) + refund.amount;
    const full = refundedAmount >= order.totalAmount;
    const set = {
      refundedAmount,
      refunds: [...(order.refunds ?? []), { ...refund, createdAt: updatedAt }],
      paymentStatus: full ? ('REFUNDED' as const) : ('PARTIALLY_REFUNDED' as const),
      ...(full ? { status: 'REFUNDED' as const } : {}),
    };
    const entry = full ? { status: 'REFUNDED' as const, at: updatedAt, ...(refund.reason ? { note: refund.reason } : {}) } : undefined;
    const outcome = await writeOrderChange(deps.db, { order, set, entry, updatedAt });
    if (outcome.kind === 'written') break;
    order = (await getOrderWithLines(deps.db, { orderId: order.orderId, consistent: true }))!.order;
  }
  return (await getOrderWithLines(deps.db, { orderId: order.orderId, consistent: true }))!;
}
