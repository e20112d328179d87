/**
 * The single table's key schema: one definition, imported by the ElectroDB entities,
 * the CDK table construct and the local bootstrap. Keep this module free of dependencies.
 */
export interface KeyPair {
  readonly partitionKey: string;
  readonly sortKey: string;
  /** The sort key's DynamoDB type: a string ("S") unless the index sorts on a number attribute ("N"). */
  readonly sortKeyType?: 'S' | 'N';
}

export interface TableDefinition {
  readonly primary: KeyPair;
  /** Global secondary indexes, all projecting ALL attributes. */
  readonly indexes: Readonly<Record<'gsi1' | 'gsi2' | 'gsi3' | 'gsi4', KeyPair>>;
  /** Numeric epoch-seconds attribute that DynamoDB TTL expires items by. */
  readonly ttlAttribute: string;
  /** The table's stream (read by the order notifier): every change, with the item before and after. */
  readonly streamViewType: 'NEW_AND_OLD_IMAGES';
}

export const table: TableDefinition = {
  primary: { partitionKey: 'pk', sortKey: 'sk' },
  indexes: {
    // products of a category, newest first; all categories; a customer's orders, newest first
    gsi1: { partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    // products of a category by price
    gsi2: { partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
    // product by SKU
    gsi3: { partitionKey: 'gsi3pk', sortKey: 'gsi3sk' },
    // active products by stock (sparse: only products carry gsi4pk; the sort key is the stock itself)
    gsi4: { partitionKey: 'gsi4pk', sortKey: 'stock', sortKeyType: 'N' },
  },
  ttlAttribute: 'expiresAt',
  streamViewType: 'NEW_AND_OLD_IMAGES',
};

export type IndexName = keyof TableDefinition['indexes'];

/** Every key attribute once, with its DynamoDB type. */
export function keyAttributes(definition: TableDefinition = table): Array<{ name: string; type: 'S' | 'N' }> {
  const pairs = [definition.primary, ...Object.values(definition.indexes)];
  const all = pairs.flatMap((pair) => [
    { name: pair.partitionKey, type: 'S' as const },
    { name: pair.sortKey, type: pair.sortKeyType ?? ('S' as const) },
  ]);
  return all.filter((key, index) => all.findIndex((other) => other.name === key.name) === index);
}
