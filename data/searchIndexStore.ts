import { DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from './db';
import { isConditionFailure } from './conditionFailure';
import { table } from './table';

/**
 * The search index's own items in the table, kept by the stream consumer and read by the API:
 * a head item naming the current snapshot, the snapshot's chunks (the active products' search
 * documents, compressed), and a log of product changes since. Their partition keys start with
 * `search#`, which no entity's key does.
 */
export const SEARCH_KEY_PREFIX = 'search#';
const HEAD_KEY = { [table.primary.partitionKey]: `${SEARCH_KEY_PREFIX}head`, [table.primary.sortKey]: 'head' };
const CHANGES_PK = `${SEARCH_KEY_PREFIX}changes`;
const chunkPk = (snapshotId: string) => `${SEARCH_KEY_PREFIX}snapshot#${snapshotId}`;
const chunkSk = (index: number) => `chunk#${String(index).padStart(5, '0')}`;
const { partitionKey: PK, sortKey: SK } = table.primary;
/** Chunks written at once. */
const WRITE_CONCURRENCY = 8;

/** The current snapshot: which chunks hold it, and from when on the change log must be applied over it. */
export interface SearchSnapshotHead {
  readonly snapshotId: string;
  readonly chunkCount: number;
  readonly documentCount: number;
  readonly bytes: number;
  /** ISO time: changes logged at or after this may be missing from the snapshot. */
  readonly coversFrom: string;
  /** ISO time the snapshot was written. */
  readonly builtAt: string;
  /** Product changes logged since the snapshot was written (the consumer's cue to write a new one). */
  readonly changesSince: number;
}

/** One entry of the change log: product changes the stream reported together. */
export interface SearchChangeEntry {
  /** ISO time it was logged, then a random suffix: the log's order. */
  readonly sk: string;
  readonly payload: Uint8Array;
}

/** The head of the current snapshot: one GetItem; null before the first snapshot. */
export async function getSearchSnapshotHead(db: Db): Promise<SearchSnapshotHead | null> {
  const { Item } = await db.documentClient.send(new GetCommand({ TableName: db.tableName, Key: HEAD_KEY }));
  return Item ? toHead(Item) : null;
}

/** A snapshot's chunks in order: one Query (paged by 1 MB). */
export async function readSearchSnapshotChunks(db: Db, { snapshotId }: { snapshotId: string }): Promise<Uint8Array[]> {
  const chunks: Uint8Array[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const answer = await db.documentClient.send(
      new QueryCommand({
        TableName: db.tableName,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': PK },
        ExpressionAttributeValues: { ':pk': chunkPk(snapshotId) },
        ExclusiveStartKey: start,
      }),
    );
    for (const item of answer.Items ?? []) chunks.push(item.data as Uint8Array);
    start = answer.LastEvaluatedKey;
  } while (start);
  return chunks;
}

/**
 * Writes a snapshot's chunks (PutItem each), then points the head at it, conditioned on the head
 * still naming `previousId` (none: no head yet). Returns false, its chunks deleted, when another
 * writer got there first; on success the previous snapshot's chunks are deleted.
 */
export async function writeSearchSnapshot(
  db: Db,
  { head, chunks, previous }: { head: SearchSnapshotHead; chunks: readonly Uint8Array[]; previous: SearchSnapshotHead | null },
): Promise<boolean> {
  const keys = chunks.map((_, index) => ({ [PK]: chunkPk(head.snapshotId), [SK]: chunkSk(index) }));
  await inGroups(keys, (key, index) => db.documentClient.send(new PutCommand({ TableName: db.tableName, Item: { ...key, data: chunks[index] } })));
  try {
    await db.documentClient.send(
      new PutCommand({
        TableName: db.tableName,
        Item: { ...HEAD_KEY, ...head },
        ...(previous
          ? {
              ConditionExpression: '#id = :previous',
              ExpressionAttributeNames: { '#id': 'snapshotId' },
              ExpressionAttributeValues: { ':previous': previous.snapshotId },
            }
          : { ConditionExpression: 'attribute_not_exists(#pk)', ExpressionAttributeNames: { '#pk': PK } }),
      }),
    );
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    await deleteChunks(db, head.snapshotId, chunks.length);
    return false;
  }
  if (previous) await deleteChunks(db, previous.snapshotId, previous.chunkCount);
  return true;
}

async function deleteChunks(db: Db, snapshotId: string, count: number): Promise<void> {
  const indexes = Array.from({ length: count }, (_, index) => index);
  await inGroups(indexes, (index) =>
    db.documentClient.send(new DeleteCommand({ TableName: db.tableName, Key: { [PK]: chunkPk(snapshotId), [SK]: chunkSk(index) } })),
  );
}

/** Appends an entry to the change log: one PutItem; it expires from the table at `expiresAt` (epoch seconds). */
export async function appendSearchChanges(db: Db, { sk, payload, expiresAt }: { sk: string; payload: Uint8Array; expiresAt: number }): Promise<void> {
  await db.documentClient.send(
    new PutCommand({ TableName: db.tableName, Item: { [PK]: CHANGES_PK, [SK]: sk, payload, [table.ttlAttribute]: expiresAt } }),
  );
}

/** Adds `count` to the head's `changesSince`: one UpdateItem; the head after it, null when there is no head yet. */
export async function countSearchChanges(db: Db, { count }: { count: number }): Promise<SearchSnapshotHead | null> {
  try {
    const { Attributes } = await db.documentClient.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: HEAD_KEY,
        UpdateExpression: 'SET #changes = #changes + :count',
        ConditionExpression: 'attribute_exists(#pk)',
        ExpressionAttributeNames: { '#changes': 'changesSince', '#pk': PK },
        ExpressionAttributeValues: { ':count': count },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return Attributes ? toHead(Attributes) : null;
  } catch (error) {
    if (isConditionFailure(error)) return null;
    throw error;
  }
}

/** Change log entries logged after `afterSk`, oldest first: one Query (paged by 1 MB). */
export async function listSearchChangesSince(db: Db, { afterSk }: { afterSk: string }): Promise<SearchChangeEntry[]> {
  const entries: SearchChangeEntry[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const answer = await db.documentClient.send(
      new QueryCommand({
        TableName: db.tableName,
        KeyConditionExpression: '#pk = :pk AND #sk > :after',
        ExpressionAttributeNames: { '#pk': PK, '#sk': SK },
        ExpressionAttributeValues: { ':pk': CHANGES_PK, ':after': afterSk },
        ExclusiveStartKey: start,
      }),
    );
    for (const item of answer.Items ?? []) entries.push({ sk: item[SK] as string, payload: item.payload as Uint8Array });
    start = answer.LastEvaluatedKey;
  } while (start);
  return entries;
}

function toHead(item: Record<string, unknown>): SearchSnapshotHead {
  const { [PK]: _pk, [SK]: _sk, ...head } = item;
  return head as unknown as SearchSnapshotHead;
}

async function inGroups<T>(values: readonly T[], run: (value: T, index: number) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < values.length; start += WRITE_CONCURRENCY) {
    await Promise.all(values.slice(start, start + WRITE_CONCURRENCY).map((value, offset) => run(value, start + offset)));
  }
}
