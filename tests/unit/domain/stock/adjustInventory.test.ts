import { limits } from '../../../../domain/limits';
import { isReplay, isValidDelta } from '../../../../domain/stock/adjustInventory';

describe('stock adjustments', () => {
  it.each([1, -1, limits.maxStock, -limits.maxStock])('accepts a delta of %p', (delta) => {
    expect(isValidDelta(delta)).toBe(true);
  });

  it.each([0, 1.5, limits.maxStock + 1, -(limits.maxStock + 1), Number.NaN])('refuses a delta of %p', (delta) => {
    expect(isValidDelta(delta)).toBe(false);
  });

  it('treats the same product and delta under a claimed key as a retry', () => {
    expect(isReplay({ productId: 'mug', delta: 20 }, { productId: 'mug', delta: 20 })).toBe(true);
  });

  it.each([
    ['another delta', { productId: 'mug', delta: 21 }],
    ['another product', { productId: 'tea', delta: 20 }],
  ])('treats %s under a claimed key as a reuse of the key', (_case, request) => {
    expect(isReplay({ productId: 'mug', delta: 20 }, request)).toBe(false);
  });

  it('treats a key whose claim is gone as reused, not as a retry', () => {
    expect(isReplay(null, { productId: 'mug', delta: 20 })).toBe(false);
  });
});
