import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from './db';

/**
 * The hold markers whose TTL has passed, by Scan: DynamoDB Local runs no TTL, so `npm start`
 * removes them itself (local/localHoldExpiry.ts). Never used by a deployed function.
 */
export async function listExpiredHoldMarkers(db: Db, now: Date): Promise<string[]> {
  const epoch = Math.floor(now.getTime() / 1000);
  const { data } = await db.entities.orderHold.scan.where((attr, { lte }) => lte(attr.expiresAt, epoch)).go({ pages: 'all' });
  return data.map((marker) => marker.orderId);
}

/** Deletes an order's hold marker as TTL does; its key and stored attributes, or undefined when it was gone already. */
export async function deleteHoldMarker(
  db: Db,
  { orderId }: { orderId: string },
): Promise<{ key: Record<string, unknown>; item: Record<string, unknown> } | undefined> {
  const { Key, TableName } = db.entities.orderHold.delete({ orderId }).params() as { Key: Record<string, unknown>; TableName: string };
  const { Attributes } = await db.documentClient.send(new DeleteCommand({ TableName, Key, ReturnValues: 'ALL_OLD' }));
  return Attributes ? { key: Key, item: Attributes } : undefined;
}
