import { modelEntity } from './modelEntity';
import { SERVICE, primaryKeys } from './keys';

/**
 * A guard item that claims a unique value (a product SKU, a category slug, one review per
 * customer and product). It is written in the same transaction as its owner, under
 * `attribute_not_exists`, so the claim and the owner succeed or fail together.
 */
export const UniqueValueEntity = modelEntity({
  model: { entity: 'uniqueValue', version: '1', service: SERVICE },
  attributes: {
    kind: { type: ['sku', 'categorySlug', 'review'] as const, required: true, readOnly: true },
    value: { type: 'string', required: true, readOnly: true },
    ownerId: { type: 'string', required: true, readOnly: true },
  },
  indexes: {
    byValue: {
      pk: { ...primaryKeys.pk, composite: ['kind', 'value'] },
      sk: { ...primaryKeys.sk, composite: [] },
    },
  },
});
