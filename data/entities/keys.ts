import { table } from '../table';

/** ElectroDB index field names, taken from the shared table definition. */
export const primaryKeys = {
  pk: { field: table.primary.partitionKey, casing: 'none' },
  sk: { field: table.primary.sortKey, casing: 'none' },
} as const;

export function gsiKeys(index: 'gsi1' | 'gsi2' | 'gsi3' | 'gsi4') {
  return {
    index,
    pk: { field: table.indexes[index].partitionKey, casing: 'none' },
    sk: { field: table.indexes[index].sortKey, casing: 'none' },
  } as const;
}

export const SERVICE = 'storefront';
