import type { Db } from '../../data/db';
import type { PaymentItem } from '../../data/entities/payment';
import { getOrderWithLines } from '../../data/orders';
import type { PaymentEvent } from './paymentProvider';

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

/** The order status a payment event may move an order out of; no other status is touched. */
export const PAYMENT_PENDING_ORDER_STATUS = 'PENDING_PAYMENT';

/**
 * The hook in force: it reads the payment's order and leaves it as it is unless the order is
 * pending payment (logging why). Orders are placed paid-less today (PLACED), so it only logs; the
 * checkout replaces it with a hook that moves a pending order to PAID or ends it.
 */
export const orderPaymentHook: PaymentEventHook = async ({ db, payment, event, log }) => {
  const context = { paymentId: payment.paymentId, eventType: event.type, orderId: payment.orderId, checkoutId: payment.checkoutId };
  if (!payment.orderId) {
    log.info('Payment event recorded; the payment has no order yet', context);
    return;
  }
  const found = await getOrderWithLines(db, { orderId: payment.orderId, consistent: true });
  const status: string | undefined = found?.order.status;
  if (status !== PAYMENT_PENDING_ORDER_STATUS) {
    log.info('Payment event recorded; the order is not pending payment, so it is left as it is', { ...context, orderStatus: status ?? null });
    return;
  }
  log.warn('Payment event recorded for an order pending payment, but no checkout hook moves orders yet', context);
};
