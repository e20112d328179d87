import { Entity } from 'electrodb';
import type { EntityItem } from 'electrodb';
import { SERVICE, gsiKeys, primaryKeys } from './keys';

/**
 * An order. Its lines share its partition (collection `orderDetail`), so an order with its
 * lines is one Query; `byCustomer` lists a customer's orders newest first.
 */
export const OrderEntity = new Entity({
  model: { entity: 'order', version: '1', service: SERVICE },
  attributes: {
    orderId: { type: 'string', required: true, readOnly: true },
    customerId: { type: 'string', required: true, readOnly: true },
    status: { type: ['PLACED', 'CANCELLED'] as const, required: true },
    totalAmount: { type: 'number', required: true, readOnly: true },
    currency: { type: 'string', required: true, readOnly: true },
    /** Fingerprint of the requested cart, to tell a replay from a reused idempotency key. */
    cartHash: { type: 'string', required: true, readOnly: true },
    lineCount: { type: 'number', required: true, readOnly: true },
    placedAt: { type: 'string', required: true, readOnly: true },
    updatedAt: { type: 'string', required: true },
  },
  indexes: {
    byId: {
      collection: 'orderDetail',
      pk: { ...primaryKeys.pk, composite: ['orderId'] },
      sk: { ...primaryKeys.sk, composite: [] },
    },
    byCustomer: {
      ...gsiKeys('gsi1'),
      pk: { ...gsiKeys('gsi1').pk, composite: ['customerId'] },
      sk: { ...gsiKeys('gsi1').sk, composite: ['placedAt', 'orderId'] },
    },
  },
});

export type OrderItem = EntityItem<typeof OrderEntity>;
