import type { Db } from './db';
import { PaymentEntity, type PaymentItem } from './entities/payment';
import type { PaymentRefundItem } from './entities/paymentRefund';
import { isConditionFailure } from './conditionFailure';
import { writeTransaction } from './transact';

/** How long an applied webhook event is remembered: longer than a provider retries one (Stripe: 3 days). */
export const PAYMENT_EVENT_MEMORY_DAYS = 30;

export type PaymentProviderKey = PaymentItem['paymentProvider'];

export type NewPayment = Omit<PaymentItem, 'refundedAmount' | 'updatedAt' | 'statusEventId' | 'failureMessage'>;

/**
 * Records a payment the provider created: one conditional PutItem. A second call with the same
 * provider payment id (a retried checkout) keeps the first record and returns it.
 */
export async function recordPayment(db: Db, payment: NewPayment): Promise<PaymentItem> {
  try {
    const { data } = await db.entities.payment.create({ ...payment, refundedAmount: 0, updatedAt: payment.createdAt }).go();
    return data;
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    const existing = await getPayment(db, { paymentProvider: payment.paymentProvider, paymentId: payment.paymentId });
    if (!existing) throw error;
    return existing;
  }
}

/** A payment by provider and provider payment id: one strongly consistent GetItem. */
export async function getPayment(
  db: Db,
  { paymentProvider, paymentId }: { paymentProvider: PaymentProviderKey; paymentId: string },
): Promise<PaymentItem | null> {
  const { data } = await db.entities.payment.get({ paymentProvider, paymentId }).go({ consistent: true });
  return data;
}

/** A payment's refunds: one Query on its partition. */
export async function listPaymentRefunds(
  db: Db,
  { paymentProvider, paymentId }: { paymentProvider: PaymentProviderKey; paymentId: string },
): Promise<PaymentRefundItem[]> {
  const { data } = await db.entities.paymentRefund.query.byPayment({ paymentProvider, paymentId }).go({ pages: 'all', consistent: true });
  return data;
}

interface EventClaim {
  readonly paymentProvider: PaymentProviderKey;
  readonly eventId: string;
  readonly paymentId: string;
  readonly type: string;
  readonly now: Date;
}

export interface PaymentStatusWrite extends EventClaim {
  readonly status: PaymentItem['status'];
  readonly statusRank: number;
  /** Epoch seconds of the event. */
  readonly statusAt: number;
  /** The highest rank: a payment there keeps its status whatever comes later. */
  readonly finalRank: number;
  readonly failureMessage?: string;
}

/** What a webhook write did: applied, the event seen before, or a condition of its effect refused it. */
export type PaymentEventOutcome = 'applied' | 'duplicate' | 'refused';

/**
 * Applies a status event once, forward only: one transaction of the event's claim (attribute_not_exists)
 * and the payment's update, allowed while the payment's rank is lower, or equal with an earlier
 * `statusAt` and below `finalRank`. Nothing is written when either condition fails.
 */
export async function writePaymentStatusEvent(db: Db, write: PaymentStatusWrite): Promise<PaymentEventOutcome> {
  const { paymentProvider, paymentId, status, statusRank, statusAt, finalRank, failureMessage } = write;
  const failed = await writeTransaction(() =>
    db.transaction
      .write(({ paymentEvent, payment }) => [
        paymentEvent.create(claimItem(write)).commit(),
        payment
          .patch({ paymentProvider, paymentId })
          .set({
            status,
            statusRank,
            statusAt,
            statusEventId: write.eventId,
            updatedAt: write.now.toISOString(),
            ...(failureMessage ? { failureMessage } : {}),
          })
          .where((attr, { lt, eq, lte }) =>
            statusRank >= finalRank
              ? lt(attr.statusRank, statusRank)
              : `(${lt(attr.statusRank, statusRank)}) OR (${eq(attr.statusRank, statusRank)} AND ${lte(attr.statusAt, statusAt)})`,
          )
          .commit(),
      ])
      .go(),
  );
  return outcome(failed);
}

export interface RefundWrite extends EventClaim {
  readonly refundId: string;
  readonly amount: number;
  readonly currency: string;
  readonly status: PaymentRefundItem['status'];
}

/**
 * Records a refund once: one transaction of the event's claim, the refund's item (attribute_not_exists:
 * another event about the same refund finds it there) and, for a succeeded refund, the amount
 * added to the payment's `refundedAmount`.
 */
export async function writeRefundEvent(db: Db, write: RefundWrite): Promise<PaymentEventOutcome> {
  const { paymentProvider, paymentId, refundId, amount, currency, status, eventId, now } = write;
  const failed = await writeTransaction(() =>
    db.transaction
      .write(({ paymentEvent, paymentRefund, payment }) => [
        paymentEvent.create(claimItem(write)).commit(),
        paymentRefund.create({ paymentProvider, paymentId, refundId, amount, currency, status, eventId, recordedAt: now.toISOString() }).commit(),
        ...(status === 'succeeded'
          ? [payment.patch({ paymentProvider, paymentId }).add({ refundedAmount: amount }).set({ updatedAt: now.toISOString() }).commit()]
          : []),
      ])
      .go(),
  );
  return outcome(failed);
}

function claimItem({ paymentProvider, eventId, paymentId, type, now }: EventClaim) {
  return {
    paymentProvider,
    eventId,
    paymentId,
    type,
    appliedAt: now.toISOString(),
    expiresAt: Math.floor(now.getTime() / 1000) + PAYMENT_EVENT_MEMORY_DAYS * 86_400,
  };
}

function outcome(failed: readonly string[] | null): PaymentEventOutcome {
  if (!failed) return 'applied';
  return failed[0] === 'ConditionalCheckFailed' ? 'duplicate' : 'refused';
}

/**
 * What the partition key of every payment item (payment, refund, applied event) starts with
 * (`$storefront#paymentprovider_`): the key the entity builds, cut before the provider's value. The
 * webhook function's role may write items under this prefix only (IAM `dynamodb:LeadingKeys`).
 */
export function paymentKeyPrefix(): string {
  const { pk } = PaymentEntity.get({ paymentProvider: 'stripe', paymentId: 'any' }).params({ table: 'any' }).Key as { pk: string };
  const end = pk.indexOf('_stripe#');
  if (end < 0) throw new Error(`The payment key ${pk} does not hold its provider where expected.`);
  return pk.slice(0, end + 1);
}
