import { randomUUID } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { listActiveProducts } from '../../data/products';
import type { Db } from '../../data/db';
import { getSearchSnapshotHead, readSearchSnapshotChunks, writeSearchSnapshot, type SearchSnapshotHead } from '../../data/searchIndexStore';
import { ProductSearchIndex } from './ProductSearchIndex';
import { toSearchDocument, type SearchDocument } from './searchDocument';

/** Bytes of compressed snapshot per chunk item (DynamoDB items hold at most 400 KB). */
export const SNAPSHOT_CHUNK_BYTES = 350_000;
/**
 * How far before a table read starts the change log is applied over what it read: a product
 * written just before the read began may have its change logged after. Re-applying a change is
 * harmless (each holds the product's whole search document).
 */
export const SNAPSHOT_OVERLAP_MS = 30_000;

/** An index as a snapshot stores it: its compact layout (ProductSearchIndex.toSnapshot), gzip'd. */
export function encodeSnapshot(index: ProductSearchIndex): Buffer {
  return gzipSync(index.toSnapshot());
}

/**
 * A stored snapshot's bytes, uncompressed, for ProductSearchIndex.fromSnapshot: in one output
 * buffer the size gzip's trailer gives (its last 4 bytes: the size modulo 2^32), rather than
 * zlib's 16 KB pieces joined at the end.
 */
export function decodeSnapshot(bytes: Uint8Array): Buffer {
  const size = bytes.length >= 4 ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).readUInt32LE(bytes.length - 4) : 0;
  return gunzipSync(bytes, { chunkSize: Math.min(Math.max(size + 1, MIN_CHUNK_BYTES), MAX_CHUNK_BYTES) });
}

const MIN_CHUNK_BYTES = 64 * 1024;
const MAX_CHUNK_BYTES = 1 << 30;

/** The search documents of every active product, read from the table itself (one paged Query). */
export async function readDocumentsFromTable(db: Db): Promise<SearchDocument[]> {
  return (await listActiveProducts(db)).flatMap((product) => toSearchDocument(product) ?? []);
}

/** What a snapshot gives a reader: the index, and where in the change log to start. */
export interface LoadedSnapshot {
  readonly index: ProductSearchIndex;
  readonly coversFrom: string;
  /** Where they came from: a stored snapshot, or the table (before the first snapshot). */
  readonly source: 'snapshot' | 'table';
  readonly bytes: number;
}

/**
 * The newest snapshot (a GetItem and a Query of its chunks), read again should a new one replace
 * it meanwhile; before the first snapshot, the table itself (every active product).
 */
export async function loadSnapshot(db: Db, { now = Date.now }: { now?: () => number } = {}): Promise<LoadedSnapshot> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const head = await getSearchSnapshotHead(db);
    if (!head) break;
    const chunks = await readSearchSnapshotChunks(db, { snapshotId: head.snapshotId });
    // a newer snapshot replaced this one while it was read: its chunks are going
    if (chunks.length !== head.chunkCount) continue;
    const bytes = Buffer.concat(chunks);
    return { index: ProductSearchIndex.fromSnapshot(decodeSnapshot(bytes)), coversFrom: head.coversFrom, source: 'snapshot', bytes: bytes.length };
  }
  const coversFrom = new Date(now() - SNAPSHOT_OVERLAP_MS).toISOString();
  return { index: ProductSearchIndex.fromDocuments(await readDocumentsFromTable(db)), coversFrom, source: 'table', bytes: 0 };
}

/**
 * Writes a new snapshot from the table (every active product) and points the head at it, unless
 * another writer replaced `previous` meanwhile. Returns the new head, or null when it lost.
 */
export async function rebuildSnapshot(
  db: Db,
  { previous, now = Date.now }: { previous: SearchSnapshotHead | null; now?: () => number },
): Promise<SearchSnapshotHead | null> {
  const coversFrom = new Date(now() - SNAPSHOT_OVERLAP_MS).toISOString();
  const documents = await readDocumentsFromTable(db);
  const bytes = encodeSnapshot(ProductSearchIndex.fromDocuments(documents));
  const chunks: Uint8Array[] = [];
  for (let start = 0; start < bytes.length; start += SNAPSHOT_CHUNK_BYTES) chunks.push(bytes.subarray(start, start + SNAPSHOT_CHUNK_BYTES));
  const builtAt = new Date(now()).toISOString();
  const head: SearchSnapshotHead = {
    snapshotId: `${builtAt.replace(/[^0-9]/g, '')}-${randomUUID().slice(0, 8)}`,
    chunkCount: chunks.length,
    documentCount: documents.length,
    bytes: bytes.length,
    coversFrom,
    builtAt,
    changesSince: 0,
  };
  return (await writeSearchSnapshot(db, { head, chunks, previous })) ? head : null;
}
