import { decodeCursor, encodeCursor } from '../../../data/cursor';
import { BadUserInputError } from '../../../server/errors';

describe('page cursors', () => {
  it('round-trips a position within the same listing', () => {
    const cursor = encodeCursor('products:c1:NEWEST', { productId: 'p1', createdAt: '2026-11-29T08:00:00.000Z' });

    expect(decodeCursor('products:c1:NEWEST', cursor)).toEqual({ productId: 'p1', createdAt: '2026-11-29T08:00:00.000Z' });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it.each([
    ['another listing', encodeCursor('products:c2:NEWEST', { productId: 'p1' })],
    ['another sort order', encodeCursor('products:c1:PRICE_ASC', { productId: 'p1' })],
    ['garbage', 'not a cursor!'],
    ['valid base64 that is not JSON', Buffer.from('hello').toString('base64url')],
    ['JSON without a position', Buffer.from(JSON.stringify({ s: 'products:c1:NEWEST' })).toString('base64url')],
    ['a nested position', Buffer.from(JSON.stringify({ s: 'products:c1:NEWEST', p: { a: { b: 1 } } })).toString('base64url')],
    ['an oversized cursor', 'A'.repeat(5000)],
  ])('refuses %s with BAD_USER_INPUT', (_name, cursor) => {
    expect(() => decodeCursor('products:c1:NEWEST', cursor)).toThrow(BadUserInputError);
  });
});
