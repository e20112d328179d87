import { modelEntity } from './modelEntity';
import type { EntityItem } from 'electrodb';
import { SERVICE, primaryKeys } from './keys';

export const CustomerEntity = modelEntity({
  model: { entity: 'customer', version: '1', service: SERVICE },
  attributes: {
    customerId: { type: 'string', required: true, readOnly: true },
    email: { type: 'string' },
    name: { type: 'string' },
    createdAt: { type: 'string', required: true, readOnly: true },
  },
  indexes: {
    byId: {
      pk: { ...primaryKeys.pk, composite: ['customerId'] },
      sk: { ...primaryKeys.sk, composite: [] },
    },
  },
});

export type CustomerItem = EntityItem<typeof CustomerEntity>;
