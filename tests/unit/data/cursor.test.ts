import { MAX_CURSOR_LENGTH, createCursorCodec, fromCursor } from '../../../data/cursor';
import { BadUserInputError } from '../../../core/errors';

const SECRET = 'unit-test-cursor-secret-0123456789abcdef';
const SCOPE = 'products:c1:NEWEST';
const POSITION = { productId: 'product-0001', createdAt: '2026-11-29T08:00:00.000Z' };

function codecAt(nowMs: number, secret = SECRET) {
  return createCursorCodec({ secret, now: () => nowMs });
}

const decoded = (cursor: string) => Buffer.from(cursor, 'base64url').toString('latin1');

describe('page cursors', () => {
  const now = Date.parse('2026-11-29T08:00:00.000Z');
  const alice = codecAt(now).forCaller('alice');

  it('round-trips a position for the same caller and listing', () => {
    // Prepare
    const cursor = alice.encode(SCOPE, POSITION);

    // Act
    const position = alice.decode(SCOPE, cursor);

    // Assess
    expect(position).toEqual(POSITION);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor.length).toBeLessThanOrEqual(MAX_CURSOR_LENGTH);
  });

  it('reveals no key names, values or scope when base64-decoded', () => {
    const cursor = alice.encode(SCOPE, POSITION);

    const text = decoded(cursor);

    // (only strings of 3+ characters: the ciphertext is random bytes, which may hold any short one)
    for (const secret of ['productId', 'createdAt', 'product-0001', '2026-11-29', 'products:c1', 'NEWEST', 'gsi1', '$storefront', 'alice']) {
      expect(text).not.toContain(secret);
    }
  });

  it('encrypts with a fresh IV, so the same position never gives the same cursor twice', () => {
    expect(alice.encode(SCOPE, POSITION)).not.toBe(alice.encode(SCOPE, POSITION));
  });

  it.each([
    ['another listing', () => alice.encode('products:c2:NEWEST', POSITION)],
    ['another sort order', () => alice.encode('products:c1:PRICE_ASC', POSITION)],
    ['another caller', () => codecAt(now).forCaller('bob').encode(SCOPE, POSITION)],
    ['an anonymous caller', () => codecAt(now).forCaller(undefined).encode(SCOPE, POSITION)],
    ['another secret', () => codecAt(now, 'another-secret-of-at-least-32-characters!').forCaller('alice').encode(SCOPE, POSITION)],
    [
      'a cursor that expired (24 h and 1 s old)',
      () =>
        codecAt(now - 24 * 3600_000 - 1000)
          .forCaller('alice')
          .encode(SCOPE, POSITION),
    ],
    [
      'a cursor dated far in the future',
      () =>
        codecAt(now + 7 * 24 * 3600_000)
          .forCaller('alice')
          .encode(SCOPE, POSITION),
    ],
    ['garbage', () => 'not a cursor!'],
    ['valid base64 that is not a cursor', () => Buffer.from('hello').toString('base64url')],
    ['the old unsigned JSON format', () => Buffer.from(JSON.stringify({ s: SCOPE, p: POSITION })).toString('base64url')],
    ['an oversized cursor', () => 'A'.repeat(5000)],
    ['an empty cursor', () => ''],
  ])('refuses %s with BAD_USER_INPUT "Invalid cursor"', (_name, make) => {
    const cursor = make();

    const decode = () => alice.decode(SCOPE, cursor);

    expect(decode).toThrow(BadUserInputError);
    expect(decode).toThrow(/^Invalid cursor/);
  });

  it('refuses every single-byte edit of a valid cursor', () => {
    // Prepare
    const bytes = Buffer.from(alice.encode(SCOPE, POSITION), 'base64url');
    let accepted = 0;

    // Act
    for (let index = 0; index < bytes.length; index++) {
      const edited = Buffer.from(bytes);
      edited[index] = edited[index]! ^ 0x01;
      try {
        alice.decode(SCOPE, edited.toString('base64url'));
        accepted++;
      } catch (error) {
        expect(error).toBeInstanceOf(BadUserInputError);
      }
    }

    // Assess
    expect(accepted).toBe(0);
  });

  it('accepts a cursor until it is 24 h old', () => {
    const cursor = codecAt(now - 24 * 3600_000 + 1000)
      .forCaller('alice')
      .encode(SCOPE, POSITION);

    expect(alice.decode(SCOPE, cursor)).toEqual(POSITION);
  });

  it('refuses secrets shorter than 32 characters', () => {
    expect(() => createCursorCodec({ secret: 'short' })).toThrow(/32 characters/);
  });

  it('turns DynamoDB refusing the start key into "Invalid cursor", and only when a cursor was given', async () => {
    const refusal = Object.assign(new Error('The provided starting key is invalid: The provided key element does not match the schema'), {
      name: 'ValidationException',
    });
    const wrapped = new Error('Error thrown by DynamoDB client', { cause: refusal });

    await expect(fromCursor('some-cursor', () => Promise.reject(wrapped))).rejects.toThrow(/^Invalid cursor/);
    await expect(fromCursor(null, () => Promise.reject(wrapped))).rejects.toBe(wrapped);
    await expect(fromCursor('some-cursor', () => Promise.resolve(7))).resolves.toBe(7);
  });
});
