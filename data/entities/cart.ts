import { Entity } from 'electrodb';
import type { EntityItem } from 'electrodb';
import { table } from '../table';
import { SERVICE, primaryKeys } from './keys';

/**
 * A shopper's cart (minimal shape on this branch: the cart helper's entity replaces it at the merge;
 * the checkout reads these attributes only).
 */
export const CartEntity = new Entity({
  model: { entity: 'cart', version: '1', service: SERVICE },
  attributes: {
    cartId: { type: 'string', required: true, readOnly: true },
    customerId: { type: 'string' },
    currency: { type: 'string' },
    lines: {
      type: 'list',
      required: true,
      items: {
        type: 'map',
        properties: {
          lineId: { type: 'string', required: true },
          productId: { type: 'string', required: true },
          variantId: { type: 'string', required: true },
          quantity: { type: 'number', required: true },
        },
      },
    },
    discountCodes: { type: 'list', required: true, items: { type: 'string' } },
    shippingAddress: {
      type: 'map',
      properties: {
        name: { type: 'string', required: true },
        line1: { type: 'string', required: true },
        line2: { type: 'string' },
        city: { type: 'string', required: true },
        region: { type: 'string' },
        postalCode: { type: 'string', required: true },
        countryCode: { type: 'string', required: true },
        phone: { type: 'string' },
      },
    },
    shippingMethodId: { type: 'string' },
    version: { type: 'number', required: true, default: 1 },
    createdAt: { type: 'string', required: true, readOnly: true },
    updatedAt: { type: 'string', required: true },
    /** Epoch seconds: the table's TTL attribute, and the cart's expiry checked at read time. */
    expiresAt: { type: 'number', required: true, field: table.ttlAttribute },
    completedOrderId: { type: 'string' },
  },
  indexes: {
    byId: {
      pk: { ...primaryKeys.pk, composite: ['cartId'] },
      sk: { ...primaryKeys.sk, composite: [] },
    },
  },
});

export type CartItem = EntityItem<typeof CartEntity>;
