import { randomUUID } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Db } from '../../data/db';
import { appendSearchChanges, countSearchChanges, getSearchSnapshotHead, type SearchSnapshotHead } from '../../data/searchIndexStore';
import type { SearchDocument } from './searchDocument';
import { rebuildSnapshot } from './searchSnapshot';

/** A product's new state for search: its document, or null when search must forget it (archived, deleted). */
export interface ProductChange {
  readonly id: string;
  readonly document: SearchDocument | null;
}

/** When the consumer writes a new snapshot: after this many logged changes, or this long after the last one. */
export const SNAPSHOT_POLICY = { maxChanges: 500, maxAgeMs: 5 * 60_000 } as const;
/** How long log entries stay in the table (DynamoDB TTL); readers older than that reload the snapshot. */
export const CHANGE_LOG_RETENTION_MS = 24 * 60 * 60_000;

export function encodeChanges(changes: readonly ProductChange[]): Buffer {
  return gzipSync(JSON.stringify(changes));
}

export function decodeChanges(payload: Uint8Array): ProductChange[] {
  return JSON.parse(gunzipSync(payload).toString('utf8')) as ProductChange[];
}

/** The log's order: the time an entry is logged, then a random suffix. */
export function changeLogKey(now: number): string {
  return `${new Date(now).toISOString()}#${randomUUID().slice(0, 8)}`;
}

/** What recording did: the entry's key, and the head of a snapshot written after it (if one was). */
export interface RecordedChanges {
  readonly sk: string;
  readonly snapshot: SearchSnapshotHead | null;
}

/**
 * The stream consumer's part of search: logs a batch's product changes as one entry (the latest
 * change of each product, in stream order), then writes a new snapshot when there is none yet or
 * the current one is behind by SNAPSHOT_POLICY. Nothing for an empty batch.
 */
export async function recordProductChanges(
  db: Db,
  changes: readonly ProductChange[],
  { now = Date.now, policy = SNAPSHOT_POLICY }: { now?: () => number; policy?: { maxChanges: number; maxAgeMs: number } } = {},
): Promise<RecordedChanges | null> {
  if (!changes.length) return null;
  const latest = new Map<string, ProductChange>();
  for (const change of changes) {
    latest.delete(change.id);
    latest.set(change.id, change);
  }
  const sk = changeLogKey(now());
  await appendSearchChanges(db, {
    sk,
    payload: encodeChanges([...latest.values()]),
    expiresAt: Math.floor((now() + CHANGE_LOG_RETENTION_MS) / 1000),
  });
  const head = (await countSearchChanges(db, { count: latest.size })) ?? (await getSearchSnapshotHead(db));
  const behind = !head || head.changesSince >= policy.maxChanges || now() - Date.parse(head.builtAt) >= policy.maxAgeMs;
  return { sk, snapshot: behind ? await rebuildSnapshot(db, { previous: head, now }) : null };
}
