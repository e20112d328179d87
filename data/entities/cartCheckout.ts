import { modelEntity } from './modelEntity';
import type { EntityItem } from 'electrodb';
import { table } from '../table';
import { SERVICE, primaryKeys } from './keys';

/**
 * The latest checkout of a cart: which order holds its stock now. A new checkout of the cart
 * replaces it (in the order's transaction) and ends the earlier order, giving its holds back.
 */
export const CartCheckoutEntity = modelEntity({
  model: { entity: 'cartCheckout', version: '1', service: SERVICE },
  attributes: {
    cartId: { type: 'string', required: true, readOnly: true },
    orderId: { type: 'string', required: true },
    /** Epoch seconds: TTL, a day after the hold's expiry. */
    expiresAt: { type: 'number', required: true, field: table.ttlAttribute },
  },
  indexes: {
    byCart: { pk: { ...primaryKeys.pk, composite: ['cartId'] }, sk: { ...primaryKeys.sk, composite: [] } },
  },
});

export type CartCheckoutItem = EntityItem<typeof CartCheckoutEntity>;
