/**
 * The single table's key schema: one definition, imported by the ElectroDB entities,
 * the CDK table construct and the local bootstrap. Keep this module free of dependencies.
 */
export interface KeyPair {
  readonly partitionKey: string;
  readonly sortKey: string;
}

export interface TableDefinition {
  readonly primary: KeyPair;
  /** Global secondary indexes, all projecting ALL attributes. */
  readonly indexes: Readonly<Record<'gsi1' | 'gsi2' | 'gsi3', KeyPair>>;
  /** Numeric epoch-seconds attribute that DynamoDB TTL expires items by. */
  readonly ttlAttribute: string;
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
  },
  ttlAttribute: 'expiresAt',
};

export type IndexName = keyof TableDefinition['indexes'];

/** All key attributes, each a DynamoDB string ("S"). */
export function keyAttributeNames(definition: TableDefinition = table): string[] {
  const pairs = [definition.primary, ...Object.values(definition.indexes)];
  return pairs.flatMap((pair) => [pair.partitionKey, pair.sortKey]);
}
