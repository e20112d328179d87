import { modelEntity } from './modelEntity';
import type { EntityItem } from 'electrodb';
import { table } from '../table';
import { SERVICE, primaryKeys } from './keys';

/**
 * The marker of a pending order's hold: written with the order (PENDING_PAYMENT), removed when the
 * order is paid or ended, and otherwise deleted by the table's TTL after the hold's expiry. That
 * deletion reaches the table's stream, and the notifier records the abandoned order as CANCELLED
 * (`endExpiredOrder`). Its partition key is the order's own (`$storefront#orderId_…`).
 */
export const OrderHoldEntity = modelEntity({
  model: { entity: 'orderHold', version: '1', service: SERVICE },
  attributes: {
    orderId: { type: 'string', required: true, readOnly: true },
    /** Epoch seconds: TTL, the hold's expiry (the order's `holdExpiresAt`). */
    expiresAt: { type: 'number', required: true, field: table.ttlAttribute },
  },
  indexes: {
    byOrder: { pk: { ...primaryKeys.pk, composite: ['orderId'] }, sk: { ...primaryKeys.sk, composite: [] } },
  },
});

export type OrderHoldItem = EntityItem<typeof OrderHoldEntity>;
