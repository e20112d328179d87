import { Entity } from 'electrodb';
import type { EntityItem } from 'electrodb';
import { SERVICE, primaryKeys } from './keys';

/** One line of an order, priced from the catalog when the order was placed. */
export const OrderLineEntity = new Entity({
  model: { entity: 'orderLine', version: '1', service: SERVICE },
  attributes: {
    orderId: { type: 'string', required: true, readOnly: true },
    lineNo: { type: 'number', required: true, readOnly: true, padding: { length: 3, char: '0' } },
    productId: { type: 'string', required: true, readOnly: true },
    sku: { type: 'string', required: true, readOnly: true },
    name: { type: 'string', required: true, readOnly: true },
    unitAmount: { type: 'number', required: true, readOnly: true },
    currency: { type: 'string', required: true, readOnly: true },
    quantity: { type: 'number', required: true, readOnly: true },
  },
  indexes: {
    byOrder: {
      collection: 'orderDetail',
      pk: { ...primaryKeys.pk, composite: ['orderId'] },
      sk: { ...primaryKeys.sk, composite: ['lineNo'] },
    },
  },
});

export type OrderLineItem = EntityItem<typeof OrderLineEntity>;
