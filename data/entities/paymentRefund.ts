import { modelEntity } from './modelEntity';
import type { EntityItem } from 'electrodb';
import { SERVICE, primaryKeys } from './keys';

/** A refund of a payment, one item per provider refund id, beside its payment (the same partition). */
export const PaymentRefundEntity = modelEntity({
  model: { entity: 'paymentRefund', version: '1', service: SERVICE },
  attributes: {
    paymentProvider: { type: ['local', 'stripe'] as const, required: true, readOnly: true },
    paymentId: { type: 'string', required: true, readOnly: true },
    refundId: { type: 'string', required: true, readOnly: true },
    /** Minor units. */
    amount: { type: 'number', required: true, readOnly: true },
    currency: { type: 'string', required: true, readOnly: true },
    status: { type: ['succeeded', 'failed'] as const, required: true, readOnly: true },
    eventId: { type: 'string', required: true, readOnly: true },
    recordedAt: { type: 'string', required: true, readOnly: true },
  },
  indexes: {
    byPayment: {
      pk: { ...primaryKeys.pk, composite: ['paymentProvider', 'paymentId'] },
      sk: { ...primaryKeys.sk, composite: ['refundId'] },
    },
  },
});

export type PaymentRefundItem = EntityItem<typeof PaymentRefundEntity>;
