import { modelEntity } from './modelEntity';
import type { EntityItem } from 'electrodb';
import { table } from '../table';
import { SERVICE, primaryKeys } from './keys';

/**
 * A provider webhook event that has been applied, by provider and the provider's event id: written
 * under `attribute_not_exists` in the same transaction as its effect, so a redelivery changes
 * nothing. DynamoDB's TTL removes it after the provider's retry window (Stripe: 3 days).
 */
export const PaymentEventEntity = modelEntity({
  model: { entity: 'paymentEvent', version: '1', service: SERVICE },
  attributes: {
    paymentProvider: { type: ['local', 'stripe'] as const, required: true, readOnly: true },
    eventId: { type: 'string', required: true, readOnly: true },
    paymentId: { type: 'string', required: true, readOnly: true },
    type: { type: 'string', required: true, readOnly: true },
    appliedAt: { type: 'string', required: true, readOnly: true },
    /** Epoch seconds: the table's TTL attribute. */
    expiresAt: { type: 'number', required: true, readOnly: true, field: table.ttlAttribute },
  },
  indexes: {
    byEvent: {
      pk: { ...primaryKeys.pk, composite: ['paymentProvider', 'eventId'] },
      sk: { ...primaryKeys.sk, composite: [] },
    },
  },
});

export type PaymentEventItem = EntityItem<typeof PaymentEventEntity>;
