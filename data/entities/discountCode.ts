import { Entity } from 'electrodb';
import type { EntityItem } from 'electrodb';
import { SERVICE, primaryKeys } from './keys';

/** A discount code (minimal shape on this branch: the cart helper's entity replaces it at the merge). */
export const DiscountCodeEntity = new Entity({
  model: { entity: 'discountCode', version: '1', service: SERVICE },
  attributes: {
    code: { type: 'string', required: true, readOnly: true },
    kind: { type: ['PERCENTAGE', 'FIXED_AMOUNT'] as const, required: true },
    /** Percent (1–100) or minor units. */
    value: { type: 'number', required: true },
    currency: { type: 'string' },
    minimumSubtotal: { type: 'number' },
    endsAt: { type: 'string' },
    usageLimit: { type: 'number' },
    usageCount: { type: 'number', required: true, default: 0 },
    oncePerCustomer: { type: 'boolean', required: true, default: false },
  },
  indexes: {
    byCode: { pk: { ...primaryKeys.pk, composite: ['code'] }, sk: { ...primaryKeys.sk, composite: [] } },
  },
});

/** One customer's use of a once-per-customer code. */
export const DiscountUseEntity = new Entity({
  model: { entity: 'discountUse', version: '1', service: SERVICE },
  attributes: {
    code: { type: 'string', required: true, readOnly: true },
    customerId: { type: 'string', required: true, readOnly: true },
  },
  indexes: {
    byCustomer: { pk: { ...primaryKeys.pk, composite: ['code'] }, sk: { ...primaryKeys.sk, composite: ['customerId'] } },
  },
});

export type DiscountCodeItem = EntityItem<typeof DiscountCodeEntity>;
