import { modelEntity } from './modelEntity';
import type { EntityItem } from 'electrodb';
import { SERVICE, primaryKeys } from './keys';

/** One line of an order, priced from the catalog when the order was placed. */
export const OrderLineEntity = modelEntity({
  model: { entity: 'orderLine', version: '1', service: SERVICE },
  attributes: {
    orderId: { type: 'string', required: true, readOnly: true },
    lineNo: { type: 'number', required: true, readOnly: true, padding: { length: 3, char: '0' } },
    productId: { type: 'string', required: true, readOnly: true },
    /** The variant ordered; absent on lines placed before variants (the product's default variant, whose id is the product's). */
    variantId: { type: 'string', readOnly: true },
    /** The variant's position on its product, on a line of a product with several variants (positions never change): where a cancel puts the stock back. */
    variantIndex: { type: 'number', readOnly: true },
    /** The variant's SKU when the order was placed. */
    sku: { type: 'string', required: true, readOnly: true },
    name: { type: 'string', required: true, readOnly: true },
    /** The option values of the variant when the order was placed; absent when it had none. */
    selectedOptions: {
      type: 'list',
      readOnly: true,
      items: { type: 'map', properties: { name: { type: 'string', required: true }, value: { type: 'string', required: true } } },
    },
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
