import type { Db } from '../../data/db';
import type { PaymentItem } from '../../data/entities/payment';
import { getOrderWithLines } from '../../data/orders';
import { endPendingOrder } from '../orders/endPendingOrder';
import { HOLD_EXPIRED_NOTE, holdExpired } from '../orders/effectiveOrder';
import { markOrderPaid, refundEndedOrder } from '../orders/markOrderPaid';
import type { PaymentEvent, PaymentProvider } from './paymentProvider';

/** The few log calls the payment rules make (Powertools' Logger has them). */
export interface PaymentLog {
  info(message: string, extra?: Record<string, unknown>): void;
  warn(message: string, extra?: Record<string, unknown>): void;
  error(message: string, extra?: Record<string, unknown>): void;
}

/** What runs after a verified event changed a payment: the checkout moves its order here. */
export type PaymentEventHook = (input: {
  readonly db: Db;
  readonly payment: PaymentItem;
  readonly event: PaymentEvent;
  readonly log: PaymentLog;
}) => Promise<void>;

/** The order status a payment event may move an order out of; no other status is touched, except to refund a charge nobody should pay. */
export const PAYMENT_PENDING_ORDER_STATUS = 'PENDING_PAYMENT';

/**
 * The hook that moves orders with their payments, idempotent (every write is conditioned on the
 * order's status and version, so a redelivery finds it moved and does nothing) and harmless out of
 * order (the payment's own status only moves forward, data/payments.ts):
 * - `payment.succeeded`: a PENDING_PAYMENT order becomes PAID (its holds become its stock, the
 *   cart completed; stock lost after an expired hold: cancelled and refunded in full); an order
 *   that already ended (CANCELLED) is refunded in full, so nobody pays for an order they did not get;
 * - `payment.failed`: the order stays pending (the shopper may try another card) unless its hold
 *   has expired, when it is ended;
 * - `payment.canceled`: a pending order is CANCELLED, its holds given back;
 * - refunds: recorded on the payment by the webhook; orders record their refunds when they ask for them.
 */
export function createOrderPaymentHook({
  payments,
  now = () => new Date(),
}: {
  payments: () => Promise<PaymentProvider>;
  now?: () => Date;
}): PaymentEventHook {
  return async ({ db, payment, event, log }) => {
    const context = { paymentId: payment.paymentId, eventType: event.type, orderId: payment.orderId };
    if (!payment.orderId || event.type.startsWith('refund.')) return;
    const found = await getOrderWithLines(db, { orderId: payment.orderId, consistent: true });
    if (!found) {
      log.warn('Payment event for an order that is not in the table; left alone', context);
      return;
    }
    const { order } = found;
    const deps = { db, payments, now: now(), log };
    if (event.type === 'payment.succeeded') {
      if (order.status === PAYMENT_PENDING_ORDER_STATUS) await markOrderPaid(deps, order, 'payment succeeded');
      else if (order.status === 'CANCELLED' && payment.refundedAmount < payment.amount) {
        log.warn('A payment succeeded for an order that had ended; refunding it in full', context);
        await refundEndedOrder(deps, order);
      }
      return;
    }
    if (order.status !== PAYMENT_PENDING_ORDER_STATUS) {
      log.info('Payment event recorded; the order is not pending payment, so it is left as it is', { ...context, orderStatus: order.status });
      return;
    }
    if (event.type === 'payment.canceled') await endPendingOrder(deps, order, 'payment cancelled');
    else if (event.type === 'payment.failed' && holdExpired(order, deps.now)) await endPendingOrder(deps, order, HOLD_EXPIRED_NOTE);
  };
}
