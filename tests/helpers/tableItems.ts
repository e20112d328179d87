import { DynamoDBClient, paginateScan, type AttributeValue } from '@aws-sdk/client-dynamodb';

/**
 * Every item in a table on a DynamoDB Local, as stored (a test-only Scan), sorted by key: what a
 * test compares before and after requests that must write nothing.
 */
export async function tableItems({ endpoint, tableName }: { endpoint: string; tableName: string }): Promise<Array<Record<string, AttributeValue>>> {
  const client = new DynamoDBClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  try {
    const items: Array<Record<string, AttributeValue>> = [];
    for await (const page of paginateScan({ client }, { TableName: tableName, ConsistentRead: true })) items.push(...(page.Items ?? []));
    const keyOf = (item: Record<string, AttributeValue>) => `${item.pk?.S}\u0000${item.sk?.S}`;
    return items.sort((a, b) => keyOf(a).localeCompare(keyOf(b)));
  } finally {
    client.destroy();
  }
}
