import { BadUserInputError } from '../server/errors';

/**
 * Opaque page cursors. A cursor names the listing it belongs to (`scope`: access pattern plus
 * the arguments that select the partition and order) and the position in it (the item's key
 * attribute values). A cursor from another listing, or one that does not decode, is refused.
 */
export type CursorPosition = Record<string, string | number>;

interface CursorPayload {
  readonly s: string;
  readonly p: CursorPosition;
}

export function encodeCursor(scope: string, position: CursorPosition): string {
  const payload: CursorPayload = { s: scope, p: position };
  return Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
}

export function decodeCursor(scope: string, cursor: string): CursorPosition {
  const payload = parse(cursor);
  if (!payload || payload.s !== scope) {
    throw new BadUserInputError('Invalid cursor: pass an endCursor or edge cursor from the same listing.', {
      details: { argument: 'after' },
    });
  }
  return payload.p;
}

function parse(cursor: string): CursorPayload | undefined {
  if (cursor.length > 1024 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!isPayload(value)) return undefined;
    return value;
  } catch {
    return undefined;
  }
}

function isPayload(value: unknown): value is CursorPayload {
  if (typeof value !== 'object' || value === null) return false;
  const { s, p } = value as Record<string, unknown>;
  if (typeof s !== 'string' || typeof p !== 'object' || p === null || Array.isArray(p)) return false;
  return Object.values(p).every((v) => typeof v === 'string' || typeof v === 'number');
}
