import { modelEntity } from './modelEntity';
import type { EntityItem } from 'electrodb';
import { mailingAddressProperties } from './cart';
import { SERVICE, primaryKeys } from './keys';

/** An address of a customer's book, in the customer's partition (one Query reads the whole book). */
export const CustomerAddressEntity = modelEntity({
  model: { entity: 'customerAddress', version: '1', service: SERVICE },
  attributes: {
    customerId: { type: 'string', required: true, readOnly: true },
    addressId: { type: 'string', required: true, readOnly: true },
    ...mailingAddressProperties,
    createdAt: { type: 'string', required: true, readOnly: true },
    updatedAt: { type: 'string', required: true },
  },
  indexes: {
    byCustomer: {
      pk: { ...primaryKeys.pk, composite: ['customerId'] },
      sk: { ...primaryKeys.sk, composite: ['addressId'] },
    },
  },
});

export type CustomerAddressItem = EntityItem<typeof CustomerAddressEntity>;
