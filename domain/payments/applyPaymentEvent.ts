import type { Db } from '../../data/db';
import { getPayment, writePaymentStatusEvent, writeRefundEvent } from '../../data/payments';
import type { PaymentEventHook, PaymentLog } from './paymentEventHook';
import type { PaymentEvent, PaymentStatus } from './paymentProvider';
import { FINAL_PAYMENT_RANK, PAYMENT_STATUS_RANK } from './paymentStatusRank';

/**
 * What a verified event did: `applied` (recorded, and the hook ran), `duplicate` (this event was
 * applied before), `stale` (the payment has moved past it), `unknownPayment` (not a payment of
 * this stage: nothing written), `mismatch` (its currency is not the payment's: nothing written).
 * The provider is answered 2xx in every case, so it stops retrying.
 */
export type PaymentEventOutcome = 'applied' | 'duplicate' | 'stale' | 'unknownPayment' | 'mismatch';

export interface ApplyPaymentEventDeps {
  readonly db: Db;
  readonly hook: PaymentEventHook;
  readonly log: PaymentLog;
  readonly now?: () => Date;
}

const STATUS_OF_EVENT: Readonly<Record<string, PaymentStatus>> = {
  'payment.requires_action': 'requires_action',
  'payment.processing': 'processing',
  'payment.failed': 'failed',
  'payment.succeeded': 'succeeded',
  'payment.canceled': 'canceled',
};

/**
 * Records a verified provider event on its payment, once and forward only (data/payments.ts), then
 * hands it to the hook. An unknown payment is logged and left alone: a provider account shared by
 * several stages sends every stage every event.
 */
export async function applyPaymentEvent(
  { db, hook, log, now = () => new Date() }: ApplyPaymentEventDeps,
  event: PaymentEvent,
): Promise<PaymentEventOutcome> {
  const context = { provider: event.provider, eventId: event.eventId, eventType: event.type, paymentId: event.paymentId };
  const payment = await getPayment(db, { paymentProvider: event.provider, paymentId: event.paymentId });
  if (!payment) {
    log.warn('Webhook event for an unknown payment; acknowledged, nothing written', context);
    return 'unknownPayment';
  }
  if (payment.currency !== event.currency) {
    log.error('Webhook event in another currency than its payment; acknowledged, nothing written', { ...context, currency: event.currency });
    return 'mismatch';
  }
  const claim = { paymentProvider: event.provider, eventId: event.eventId, paymentId: event.paymentId, type: event.type, now: now() };
  const status = STATUS_OF_EVENT[event.type];
  const written = status
    ? await writePaymentStatusEvent(db, {
        ...claim,
        status,
        statusRank: PAYMENT_STATUS_RANK[status],
        statusAt: event.occurredAt,
        finalRank: FINAL_PAYMENT_RANK,
        failureMessage: event.failureMessage,
      })
    : await writeRefundEvent(db, {
        ...claim,
        refundId: event.refundId ?? event.eventId,
        amount: event.amount,
        currency: event.currency,
        status: event.type === 'refund.succeeded' ? 'succeeded' : 'failed',
      });
  if (written === 'duplicate') {
    log.info('Webhook event applied before; acknowledged again', context);
    return 'duplicate';
  }
  if (written === 'refused') {
    log.info('Webhook event older than the payment’s status, or a refund already recorded; acknowledged, nothing written', context);
    return 'stale';
  }
  const updated = (await getPayment(db, { paymentProvider: event.provider, paymentId: event.paymentId })) ?? payment;
  await hook({ db, payment: updated, event, log });
  return 'applied';
}
