import { modelEntity } from './modelEntity';
import type { EntityItem } from 'electrodb';
import { SERVICE, gsiKeys, primaryKeys } from './keys';

export const CategoryEntity = modelEntity({
  model: { entity: 'category', version: '1', service: SERVICE },
  attributes: {
    categoryId: { type: 'string', required: true, readOnly: true },
    name: { type: 'string', required: true },
    slug: { type: 'string', required: true, readOnly: true },
    createdAt: { type: 'string', required: true, readOnly: true },
  },
  indexes: {
    byId: {
      pk: { ...primaryKeys.pk, composite: ['categoryId'] },
      sk: { ...primaryKeys.sk, composite: [] },
    },
    // all categories, ordered by slug: one static partition (the catalog has few categories)
    all: {
      ...gsiKeys('gsi1'),
      pk: { ...gsiKeys('gsi1').pk, composite: [] },
      sk: { ...gsiKeys('gsi1').sk, composite: ['slug'] },
    },
  },
});

export type CategoryItem = EntityItem<typeof CategoryEntity>;
