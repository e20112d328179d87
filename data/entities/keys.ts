import { table } from '../table';

/** ElectroDB index field names, taken from the shared table definition. */
export const primaryKeys = {
  pk: { field: table.primary.partitionKey },
  sk: { field: table.primary.sortKey },
} as const;

export function gsiKeys(index: 'gsi1' | 'gsi2' | 'gsi3') {
  return {
    index,
    pk: { field: table.indexes[index].partitionKey },
    sk: { field: table.indexes[index].sortKey },
  } as const;
}

export const SERVICE = 'storefront';
