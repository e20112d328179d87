import { modelEntity } from './modelEntity';
import type { EntityItem } from 'electrodb';
import { table } from '../table';
import { SERVICE, primaryKeys } from './keys';

/** A postal address as a cart, an order or an address book stores it (`MailingAddressInput`'s fields, trimmed). */
export const mailingAddressProperties = {
  name: { type: 'string', required: true },
  line1: { type: 'string', required: true },
  line2: { type: 'string' },
  city: { type: 'string', required: true },
  region: { type: 'string' },
  postalCode: { type: 'string', required: true },
  countryCode: { type: 'string', required: true },
  phone: { type: 'string' },
} as const;

/**
 * A shopper's cart, by id (`cart_` and 22 base62 characters). Every change is a whole-item write
 * conditioned on `version`, so concurrent changes never overwrite each other. `expiresAt` is the
 * table's TTL attribute: a cart past it is treated as missing when read (`getCart`); TTL only
 * removes it later. `completedOrderId` is set by the checkout once the cart's order is paid.
 */
export const CartEntity = modelEntity({
  model: { entity: 'cart', version: '1', service: SERVICE },
  attributes: {
    cartId: { type: 'string', required: true, readOnly: true },
    /** The customer it is attached to (the identity provider's subject); absent on an anonymous cart. */
    customerId: { type: 'string' },
    /** Set by the first line; every line's variant is priced in it. */
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
    /** As the shop's codes spell them, in the order given. */
    discountCodes: { type: 'list', required: true, items: { type: 'string' } },
    shippingAddress: { type: 'map', properties: mailingAddressProperties },
    shippingMethodId: { type: 'string' },
    version: { type: 'number', required: true },
    createdAt: { type: 'string', required: true, readOnly: true },
    updatedAt: { type: 'string', required: true },
    /** Epoch seconds: the table's TTL attribute. */
    expiresAt: { type: 'number', required: true, field: table.ttlAttribute },
    /** The paid order made from this cart; a completed cart refuses changes. */
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
export type CartLineItem = CartItem['lines'][number];
export type MailingAddressItem = NonNullable<CartItem['shippingAddress']>;
