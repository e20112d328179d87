import { modelEntity } from './modelEntity';
import type { EntityItem } from 'electrodb';
import { SERVICE, primaryKeys } from './keys';

/**
 * A discount code, keyed on the code upper-cased (`codeKey`), so codes are unique in any letter
 * case; `code` keeps the spelling it was created with. `usageCount` counts the orders that use
 * it, raised in the order's own transaction (`useDiscountCode`).
 */
export const DiscountCodeEntity = modelEntity({
  model: { entity: 'discountCode', version: '1', service: SERVICE },
  attributes: {
    codeKey: { type: 'string', required: true, readOnly: true },
    code: { type: 'string', required: true, readOnly: true },
    kind: { type: ['PERCENTAGE', 'FIXED_AMOUNT'] as const, required: true },
    /** Whole percent (1–100), or minor units of `currency`. */
    value: { type: 'number', required: true },
    currency: { type: 'string' },
    minimumSubtotal: { type: 'number' },
    startsAt: { type: 'string', required: true },
    endsAt: { type: 'string' },
    usageLimit: { type: 'number' },
    usageCount: { type: 'number', required: true, default: 0 },
    oncePerCustomer: { type: 'boolean', required: true, default: false },
    createdAt: { type: 'string', required: true, readOnly: true },
  },
  indexes: {
    byCode: {
      pk: { ...primaryKeys.pk, composite: ['codeKey'] },
      sk: { ...primaryKeys.sk, composite: [] },
    },
  },
});

export type DiscountCodeItem = EntityItem<typeof DiscountCodeEntity>;

/** A code as keys hold it: codes are case-insensitive. */
export function discountCodeKey(code: string): string {
  return code.trim().toUpperCase();
}
