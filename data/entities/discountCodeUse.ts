import { modelEntity } from './modelEntity';
import type { EntityItem } from 'electrodb';
import { SERVICE, primaryKeys } from './keys';

/**
 * That a customer has used a once-per-customer code: written under `attribute_not_exists` in the
 * order's transaction, so a customer's second order with the code is refused.
 */
export const DiscountCodeUseEntity = modelEntity({
  model: { entity: 'discountCodeUse', version: '1', service: SERVICE },
  attributes: {
    codeKey: { type: 'string', required: true, readOnly: true },
    customerId: { type: 'string', required: true, readOnly: true },
    orderId: { type: 'string' },
    usedAt: { type: 'string', required: true },
  },
  indexes: {
    byCodeAndCustomer: {
      pk: { ...primaryKeys.pk, composite: ['codeKey', 'customerId'] },
      sk: { ...primaryKeys.sk, composite: [] },
    },
  },
});

export type DiscountCodeUseItem = EntityItem<typeof DiscountCodeUseEntity>;
