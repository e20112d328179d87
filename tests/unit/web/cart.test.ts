import { CART_ID_KEY, CHECKOUT_KEY, LEGACY_CART_KEY, createCartStore, type KeyValueStorage } from '../../../web/src/cart';

/** The cart store on an in-memory storage holding `stored`, with keys key-1, key-2… */
function freshCart(stored: Record<string, string> = {}) {
  const items = new Map(Object.entries(stored));
  const storage: KeyValueStorage = {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
  let keys = 0;
  return {
    cart: createCartStore(
      () => storage,
      () => `key-${++keys}`,
    ),
    items,
  };
}

describe('the storefront cart store', () => {
  it('keeps the server cart’s id across a reload (a new store on the same storage)', () => {
    // Prepare
    const { cart, items } = freshCart();

    // Act
    cart.setId('cart_1');
    const reloaded = freshCart(Object.fromEntries(items)).cart;

    // Assess
    expect(reloaded.id()).toBe('cart_1');
  });

  it('keeps one checkout key across retries and reloads until the attempt ends', () => {
    // Prepare
    const { cart, items } = freshCart({ [CART_ID_KEY]: 'cart_1' });

    // Act
    const first = cart.checkoutKey();
    const retried = cart.checkoutKey();
    const afterReload = freshCart(Object.fromEntries(items)).cart.checkoutKey();
    cart.endAttempt();
    const next = cart.checkoutKey();

    // Assess
    expect([first, retried, afterReload]).toEqual(['key-1', 'key-1', 'key-1']);
    expect(next).toBe('key-2');
  });

  it('starts another checkout attempt when the cart changes or is replaced', () => {
    // Prepare
    const { cart, items } = freshCart({ [CART_ID_KEY]: 'cart_1' });
    const before = cart.checkoutKey();

    // Act
    cart.changed();
    const afterChange = cart.checkoutKey();
    cart.setId('cart_2');

    // Assess
    expect(afterChange).not.toBe(before);
    expect(items.has(CHECKOUT_KEY)).toBe(false);
  });

  it('keeps the payment key of an order until that attempt ends (a decline), and gives another order its own', () => {
    // Prepare
    const { cart } = freshCart();

    // Act
    const first = cart.paymentKey('ord_1');
    const retried = cart.paymentKey('ord_1');
    cart.endPaymentAttempt();
    const otherCard = cart.paymentKey('ord_1');
    const otherOrder = cart.paymentKey('ord_2');

    // Assess
    expect(retried).toBe(first);
    expect(otherCard).not.toBe(first);
    expect(otherOrder).not.toBe(otherCard);
  });

  it('tells its listeners when the cart id changes, and not when it is set to the same id', () => {
    // Prepare
    const { cart } = freshCart();
    const heard: Array<string | undefined> = [];
    cart.subscribe(() => heard.push(cart.id()));

    // Act
    cart.setId('cart_1');
    cart.setId('cart_1');
    cart.setId(undefined);

    // Assess
    expect(heard).toEqual(['cart_1', undefined]);
  });

  it('remembers the cart’s number of units for the header, and forgets it with the cart', () => {
    // Prepare
    const { cart } = freshCart();
    cart.setId('cart_1');

    // Act
    cart.rememberQuantity(3);
    const remembered = cart.quantity();
    cart.setId(undefined);

    // Assess
    expect(remembered).toBe(3);
    expect(cart.quantity()).toBe(0);
  });

  it('reads the lines an earlier build kept in the browser, skipping malformed ones, and forgets them once carried over', () => {
    // Prepare
    const legacy = [
      { productId: 'p1', variantId: 'v1', name: 'Brewer', quantity: 2, unitPrice: { amount: 100, currency: 'USD' } },
      { productId: 'p2', name: 'Tea', quantity: 1 },
      { productId: 'p3', quantity: 0 },
      { name: 'no product' },
    ];
    const { cart, items } = freshCart({ [LEGACY_CART_KEY]: JSON.stringify(legacy) });

    // Act
    const lines = cart.legacyLines();
    cart.forgetLegacyLines();

    // Assess
    expect(lines.map((line) => [line.productId, line.variantId, line.quantity])).toEqual([
      ['p1', 'v1', 2],
      ['p2', undefined, 1],
    ]);
    expect(items.has(LEGACY_CART_KEY)).toBe(false);
    expect(freshCart({ [LEGACY_CART_KEY]: '{not json' }).cart.legacyLines()).toEqual([]);
  });
});
