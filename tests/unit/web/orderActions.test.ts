import { orderActions, orderRefusalText, refundKey, settleRefund } from '../../../web/src/admin/orderActions';

const order = (status: string, refunded = 0) => ({ status, total: { amount: 1000 }, refundedTotal: { amount: refunded } });

describe('the admin orders page’s moves', () => {
  it.each([
    ['PAID', ['fulfil', 'refund']],
    ['FULFILLED', ['deliver', 'refund']],
    ['DELIVERED', ['refund']],
    ['PENDING_PAYMENT', []],
    ['CANCELLED', []],
    ['REFUNDED', []],
    ['SOMETHING_NEW', []],
  ])('offers, for a %s order, %p', (status, actions) => {
    expect(orderActions(order(status))).toEqual(actions);
  });

  it('offers no refund once everything paid was refunded', () => {
    expect(orderActions(order('DELIVERED', 1000))).toEqual([]);
  });

  it('says that the order changed meanwhile (VERSION_STALE) with what it is now, and that a move is not allowed (CONFLICT)', () => {
    expect(orderRefusalText({ code: 'VERSION_STALE', message: 'x' }, 'fulfil', { status: 'CANCELLED', version: 4 })).toBe(
      'This order changed while you looked at it (it is now Cancelled, version 4). Nothing was fulfilled: check it below and try again.',
    );
    expect(orderRefusalText({ code: 'CONFLICT', message: 'x' }, 'deliver', { status: 'REFUNDED', version: 5 })).toBe(
      'This order cannot be marked delivered now that it is Refunded. Nothing changed.',
    );
  });

  it('keeps a refund’s key until the API answered, and gives another amount a key of its own', () => {
    // Prepare
    const items = new Map<string, string>();
    const store = {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
      removeItem: (key: string) => void items.delete(key),
    };
    let count = 0;
    const newKey = () => `k${++count}`;

    // Act
    const first = refundKey(store, 'ord_1', 500, newKey);
    const retried = refundKey(store, 'ord_1', 500, newKey);
    const other = refundKey(store, 'ord_1', null, newKey);
    settleRefund(store, 'ord_1');
    const next = refundKey(store, 'ord_1', null, newKey);

    // Assess
    expect([first, retried, other, next]).toEqual(['k1', 'k1', 'k2', 'k3']);
  });
});
