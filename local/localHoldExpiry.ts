import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import type { Db } from '../data/db';
import { deleteHoldMarker, listExpiredHoldMarkers } from '../data/holdMarkers';

export interface LocalHoldExpiry {
  /** Deletes every expired hold marker and hands the notifier its TTL record; how many it deleted. */
  sweep(): Promise<number>;
  stop(): void;
}

/**
 * What DynamoDB's TTL does for hold markers, for `npm start` (DynamoDB Local runs no TTL): every
 * `intervalMs`, the expired markers are deleted and each deletion is handed to the notifier as the
 * stream record TTL makes (`REMOVE`, `userIdentity` DynamoDB's service), so an abandoned checkout
 * is recorded locally as it is on a stage (there within days, here within the interval).
 */
export function startLocalHoldExpiry({
  db,
  notify,
  intervalMs = 30_000,
  now = () => new Date(),
  onError = () => undefined,
}: {
  db: Db;
  notify: (event: DynamoDBStreamEvent) => Promise<unknown>;
  intervalMs?: number;
  now?: () => Date;
  onError?: (error: unknown) => void;
}): LocalHoldExpiry {
  const sweep = async () => {
    let deleted = 0;
    for (const orderId of await listExpiredHoldMarkers(db, now())) {
      const marker = await deleteHoldMarker(db, { orderId });
      if (!marker) continue;
      deleted++;
      await notify({ Records: [ttlRecord(db, marker)] });
    }
    return deleted;
  };
  const timer = setInterval(() => void sweep().catch(onError), intervalMs);
  timer.unref();
  return { sweep, stop: () => clearInterval(timer) };
}

function ttlRecord(db: Db, { key, item }: { key: Record<string, unknown>; item: Record<string, unknown> }): DynamoDBRecord {
  return {
    eventName: 'REMOVE',
    eventSource: 'aws:dynamodb',
    eventSourceARN: `arn:aws:dynamodb:us-east-1:000000000000:table/${db.tableName}/stream/local`,
    userIdentity: { type: 'Service', principalId: 'dynamodb.amazonaws.com' },
    dynamodb: {
      Keys: marshall(key) as never,
      OldImage: marshall(item) as never,
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    },
  };
}
