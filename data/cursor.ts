import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { BadUserInputError, causeChain } from '../core/errors';

/**
 * Opaque page cursors. A cursor carries a position in one listing (the item's key attribute
 * values), encrypted so that decoding it reveals nothing, and an HMAC-SHA256 over the position,
 * its expiry, the caller and the listing's scope (access pattern plus the arguments that select
 * the partition and order). A cursor that was edited, comes from another caller or another
 * listing, has expired, or does not decode is refused with BAD_USER_INPUT before any request.
 *
 * Layout (base64url): version (1 byte) | expiry, Unix seconds (4) | IV (16) | AES-256-CTR
 * ciphertext of the position's JSON | HMAC-SHA256 (32).
 */
export type CursorPosition = Record<string, string | number>;

/** Cursors of one caller: what a data-layer list function receives. */
export interface Cursors {
  encode(scope: string, position: CursorPosition): string;
  /** The position, or BAD_USER_INPUT "Invalid cursor". */
  decode(scope: string, cursor: string): CursorPosition;
}

export interface CursorCodec {
  /** `caller` is the signed-in customer's id, or undefined for anonymous callers. */
  forCaller(caller: string | undefined): Cursors;
}

export interface CursorCodecOptions {
  /** The current key, at least 32 characters: it signs every new cursor (see server/cursorKeys.ts). */
  readonly secret: string;
  /** The key before the last rotation: cursors it signed are still accepted, so a rotation breaks no open cursor. */
  readonly previousSecret?: string;
  /** How long a cursor stays valid. */
  readonly ttlSeconds?: number;
  readonly now?: () => number;
}

export const CURSOR_TTL_SECONDS = 24 * 60 * 60;
/** Longer cursors are refused unread. */
export const MAX_CURSOR_LENGTH = 512;

const VERSION = 1;
const HEADER = 1 + 4;
const IV = 16;
const MAC = 32;

export class InvalidCursorError extends BadUserInputError {
  override readonly name: string = 'InvalidCursorError';
}

/**
 * @example
 * const codec = createCursorCodec({ secret: currentKey, previousSecret: keyBeforeTheLastRotation });
 * const cursors = codec.forCaller('customer-42');
 * const cursor = cursors.encode('orders:customer-42', { orderId: 'o1', placedAt: '2026-11-29T08:00:00.000Z' });
 * cursors.decode('orders:customer-42', cursor); // → the position
 */
export function createCursorCodec({ secret, previousSecret, ttlSeconds = CURSOR_TTL_SECONDS, now = Date.now }: CursorCodecOptions): CursorCodec {
  const current = deriveKeys(secret);
  const accepted = previousSecret && previousSecret !== secret ? [current, deriveKeys(previousSecret)] : [current];

  return {
    forCaller(customerId) {
      const caller = customerId === undefined ? 'anonymous' : `customer:${customerId}`;
      return {
        encode(scope, position) {
          const header = Buffer.alloc(HEADER);
          header.writeUInt8(VERSION, 0);
          header.writeUInt32BE(Math.floor(now() / 1000) + ttlSeconds, 1);
          const iv = randomBytes(IV);
          const cipher = createCipheriv('aes-256-ctr', current.encryption, iv);
          const body = Buffer.concat([header, iv, cipher.update(JSON.stringify(position), 'utf8'), cipher.final()]);
          return Buffer.concat([body, current.sign(body, caller, scope)]).toString('base64url');
        },
        decode(scope, cursor) {
          const bytes = cursor.length <= MAX_CURSOR_LENGTH && /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url') : undefined;
          if (!bytes || bytes.length <= HEADER + IV + MAC || bytes.readUInt8(0) !== VERSION) throw invalidCursor();
          const body = bytes.subarray(0, bytes.length - MAC);
          const mac = bytes.subarray(bytes.length - MAC);
          const keys = accepted.find((candidate) => timingSafeEqual(mac, candidate.sign(body, caller, scope)));
          if (!keys) throw invalidCursor();
          const expiresAt = body.readUInt32BE(1);
          const nowSeconds = Math.floor(now() / 1000);
          if (expiresAt < nowSeconds) throw invalidCursor('it has expired; start again from the first page.');
          if (expiresAt > nowSeconds + ttlSeconds + 300) throw invalidCursor();
          const decipher = createDecipheriv('aes-256-ctr', keys.encryption, body.subarray(HEADER, HEADER + IV));
          const json = Buffer.concat([decipher.update(body.subarray(HEADER + IV)), decipher.final()]).toString('utf8');
          const position = parsePosition(json);
          if (!position) throw invalidCursor();
          return position;
        },
      };
    },
  };
}

/** The encryption key and signer derived from one secret. */
function deriveKeys(secret: string) {
  if (secret.length < 32) throw new Error('The cursor secret must be at least 32 characters.');
  const encryption = Buffer.from(hkdfSync('sha256', secret, 'storefront-cursor', 'encryption', 32));
  const macKey = Buffer.from(hkdfSync('sha256', secret, 'storefront-cursor', 'signature', 32));
  return {
    encryption,
    sign: (body: Buffer, caller: string, scope: string) => createHmac('sha256', macKey).update(body).update(`\0${caller}\0${scope}`).digest(),
  };
}

/** BAD_USER_INPUT for a cursor that cannot be used here. */
export function invalidCursor(reason = 'pass an endCursor or edge cursor you received from this same listing.', cause?: unknown): InvalidCursorError {
  return new InvalidCursorError(`Invalid cursor: ${reason}`, { details: { argument: 'after' }, ...(cause ? { cause } : {}) });
}

/**
 * Runs a paged query from a cursor. Should DynamoDB itself refuse the start key (it cannot
 * happen with a signed cursor; this is defence in depth), the client gets "Invalid cursor"
 * rather than an internal error.
 */
export async function fromCursor<T>(after: string | null | undefined, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (after && isStartKeyRejection(error)) throw invalidCursor(undefined, error);
    throw error;
  }
}

function isStartKeyRejection(error: unknown): boolean {
  for (const { name, message } of causeChain(error)) {
    if (name === 'ValidationException' && typeof message === 'string' && /start(ing)? ?key|query boundaries/i.test(message)) return true;
  }
  return false;
}

function parsePosition(json: string): CursorPosition | undefined {
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    return Object.values(value).every((v) => typeof v === 'string' || typeof v === 'number') ? (value as CursorPosition) : undefined;
  } catch {
    return undefined;
  }
}
