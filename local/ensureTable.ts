import {
  CreateTableCommand,
  DeleteTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  GetItemCommand,
  ResourceNotFoundException,
  UpdateTimeToLiveCommand,
  waitUntilTableNotExists,
} from '@aws-sdk/client-dynamodb';
import { keyAttributes, table } from '../data/table';

/** A client for table administration on a DynamoDB Local (any credentials are accepted there). */
function localAdminClient(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
}

export interface EnsureTableOptions {
  /**
   * Whether the table carries its stream (the definition's, read by the order notifier; the default).
   * A test that never reads the stream can leave it out: DynamoDB Local then spends about 40% less
   * CPU on every write, and nothing else it answers changes.
   */
  readonly stream?: boolean;
}

/** Creates the single table from the shared definition on a DynamoDB Local unless it already exists. */
export async function ensureTable(endpoint: string, tableName: string, { stream = true }: EnsureTableOptions = {}): Promise<'created' | 'existing'> {
  const client = localAdminClient(endpoint);
  try {
    return await createUnlessPresent(client, tableName, stream);
  } finally {
    client.destroy();
  }
}

/**
 * The demo customer's key as it was written before keys kept their letter case (ElectroDB's
 * default lower-cases key values). A table that holds it was written with those keys, which the
 * entities no longer read.
 */
const LEGACY_KEY = { pk: { S: '$storefront#customerid_demo-customer' }, sk: { S: '$customer_1' } };

/**
 * Deletes a local table made for an older layout (other indexes, no stream, or the old lower-cased
 * keys), so the local stack can create and seed it again; says whether it did. Local data is demo
 * data: nothing else is migrated.
 */
export async function dropIfOutdated(endpoint: string, tableName: string): Promise<boolean> {
  const client = localAdminClient(endpoint);
  try {
    const { Table: found } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const indexes = (found?.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName).sort();
    const layoutChanged =
      JSON.stringify(indexes) !== JSON.stringify(Object.keys(table.indexes).sort()) ||
      found?.StreamSpecification?.StreamViewType !== table.streamViewType;
    const legacyKeys = !layoutChanged && (await client.send(new GetItemCommand({ TableName: tableName, Key: LEGACY_KEY }))).Item;
    if (!layoutChanged && !legacyKeys) return false;
    await deleteTable(client, tableName);
    return true;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return false;
    throw error;
  } finally {
    client.destroy();
  }
}

/** Deletes the table (`npm start -- --fresh` on a DynamoDB of the caller's); says whether there was one. */
export async function dropTable(endpoint: string, tableName: string): Promise<boolean> {
  const client = localAdminClient(endpoint);
  try {
    await deleteTable(client, tableName);
    return true;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return false;
    throw error;
  } finally {
    client.destroy();
  }
}

async function deleteTable(client: DynamoDBClient, tableName: string): Promise<void> {
  await client.send(new DeleteTableCommand({ TableName: tableName }));
  await waitUntilTableNotExists({ client, maxWaitTime: 60 }, { TableName: tableName });
}

async function createUnlessPresent(client: DynamoDBClient, tableName: string, stream: boolean): Promise<'created' | 'existing'> {
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
    return 'existing';
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  await client.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: keyAttributes().map(({ name, type }) => ({ AttributeName: name, AttributeType: type })),
      KeySchema: [
        { AttributeName: table.primary.partitionKey, KeyType: 'HASH' },
        { AttributeName: table.primary.sortKey, KeyType: 'RANGE' },
      ],
      ...(stream ? { StreamSpecification: { StreamEnabled: true, StreamViewType: table.streamViewType } } : {}),
      GlobalSecondaryIndexes: Object.entries(table.indexes).map(([IndexName, keys]) => ({
        IndexName,
        KeySchema: [
          { AttributeName: keys.partitionKey, KeyType: 'HASH' },
          { AttributeName: keys.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    }),
  );
  await client.send(
    new UpdateTimeToLiveCommand({
      TableName: tableName,
      TimeToLiveSpecification: { AttributeName: table.ttlAttribute, Enabled: true },
    }),
  );
  return 'created';
}
