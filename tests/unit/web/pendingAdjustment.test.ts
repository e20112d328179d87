import { adjustmentKey, settleAdjustment, type KeyStore } from '../../../web/src/admin/pendingAdjustment';

function memoryStore(): KeyStore {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

describe('the idempotency key of a stock adjustment', () => {
  let made = 0;
  const newKey = () => `key-${++made}`;

  it('stays the same when the same adjustment is sent again before its outcome is known (a retry)', () => {
    const store = memoryStore();

    const first = adjustmentKey(store, 'p-1', 5, newKey);
    const retry = adjustmentKey(store, 'p-1', 5, newKey);

    expect(retry).toBe(first);
  });

  it('is new once the API answered, and for another delta or another product', () => {
    // Prepare
    const store = memoryStore();
    const first = adjustmentKey(store, 'p-1', 5, newKey);

    // Act
    const otherDelta = adjustmentKey(store, 'p-1', 6, newKey);
    const otherProduct = adjustmentKey(store, 'p-2', 6, newKey);
    settleAdjustment(store, 'p-1');
    const afterAnswer = adjustmentKey(store, 'p-1', 6, newKey);

    // Assess
    expect(new Set([first, otherDelta, otherProduct, afterAnswer]).size).toBe(4);
  });

  it('is a UUID-based key the API accepts (1 to 64 printable characters) when none is given', () => {
    const key = adjustmentKey(memoryStore(), 'p-1', 1);

    expect(key).toMatch(/^admin-[0-9a-f-]{36}$/);
  });
});
