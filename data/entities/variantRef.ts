import { modelEntity } from './modelEntity';
import type { EntityItem } from 'electrodb';
import { SERVICE, primaryKeys } from './keys';

/**
 * Which product a variant belongs to, by the variant's id: what a cart line names
 * (`merchandiseId`) is a variant id alone. A product's default variant has the product's id and
 * needs none; the others get one when they are created (`putVariantRefs`).
 */
export const VariantRefEntity = modelEntity({
  model: { entity: 'variantRef', version: '1', service: SERVICE },
  attributes: {
    variantId: { type: 'string', required: true, readOnly: true },
    productId: { type: 'string', required: true, readOnly: true },
  },
  indexes: {
    byVariant: {
      pk: { ...primaryKeys.pk, composite: ['variantId'] },
      sk: { ...primaryKeys.sk, composite: [] },
    },
  },
});

export type VariantRefItem = EntityItem<typeof VariantRefEntity>;
