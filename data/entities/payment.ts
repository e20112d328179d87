import { modelEntity } from './modelEntity';
import type { EntityItem } from 'electrodb';
import { SERVICE, primaryKeys } from './keys';

/**
 * A payment taken through a provider, by provider and the provider's payment id, with our ids
 * (checkout, order, customer). Its status only moves forward (data/payments.ts, `statusRank`), so a
 * late or repeated webhook never takes it back; `refundedAmount` sums its refunds.
 */
export const PaymentEntity = modelEntity({
  model: { entity: 'payment', version: '1', service: SERVICE },
  attributes: {
    paymentProvider: { type: ['local', 'stripe'] as const, required: true, readOnly: true },
    paymentId: { type: 'string', required: true, readOnly: true },
    checkoutId: { type: 'string', required: true, readOnly: true },
    orderId: { type: 'string' },
    customerId: { type: 'string', readOnly: true },
    /** Minor units. */
    amount: { type: 'number', required: true, readOnly: true },
    currency: { type: 'string', required: true, readOnly: true },
    status: {
      type: ['requires_payment_method', 'requires_action', 'processing', 'failed', 'succeeded', 'canceled'] as const,
      required: true,
    },
    /** The status's place in the order statuses move in (domain/payments/paymentStatusRank.ts): writes only raise it, or keep it with a later `statusAt`. */
    statusRank: { type: 'number', required: true },
    /** Epoch seconds of the provider event that set the status (creation time before any). */
    statusAt: { type: 'number', required: true },
    /** The provider event that set the status. */
    statusEventId: { type: 'string' },
    failureMessage: { type: 'string' },
    refundedAmount: { type: 'number', required: true, default: 0 },
    createdAt: { type: 'string', required: true, readOnly: true },
    updatedAt: { type: 'string', required: true },
  },
  indexes: {
    byPayment: {
      pk: { ...primaryKeys.pk, composite: ['paymentProvider', 'paymentId'] },
      sk: { ...primaryKeys.sk, composite: [] },
    },
  },
});

export type PaymentItem = EntityItem<typeof PaymentEntity>;
