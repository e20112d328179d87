import { modelEntity } from './modelEntity';
import type { EntityItem } from 'electrodb';
import { SERVICE, primaryKeys } from './keys';

/**
 * Which cart is a customer's current one: a pointer in the customer's partition, written in the
 * same transaction as the cart it names (access pattern `getCustomerCart`).
 */
export const CustomerCartEntity = modelEntity({
  model: { entity: 'customerCart', version: '1', service: SERVICE },
  attributes: {
    customerId: { type: 'string', required: true, readOnly: true },
    cartId: { type: 'string', required: true },
    updatedAt: { type: 'string', required: true },
  },
  indexes: {
    byCustomer: {
      pk: { ...primaryKeys.pk, composite: ['customerId'] },
      sk: { ...primaryKeys.sk, composite: [] },
    },
  },
});

export type CustomerCartItem = EntityItem<typeof CustomerCartEntity>;
