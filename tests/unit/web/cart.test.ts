import type { CartLine } from '../../../web/src/cart';

/** The cart module on a fresh in-memory localStorage holding `stored` (as a browser that kept an older cart would). */
function freshCart(stored?: CartLine[]) {
  const items = new Map<string, string>(stored ? [['storefront.cart', JSON.stringify(stored)]] : []);
  Object.assign(globalThis, {
    localStorage: {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
      removeItem: (key: string) => void items.delete(key),
    },
  });
  let module!: typeof import('../../../web/src/cart');
  jest.isolateModules(() => {
    module = jest.requireActual('../../../web/src/cart');
  });
  return module.cart;
}

const price = { amount: 3900, currency: 'EUR' };
const size = (value: string) => [{ name: 'Size', value }];

describe('the storefront cart with variants', () => {
  it('keeps two variants of one product as two lines, and adds to the line of the same variant', () => {
    // Prepare
    const cart = freshCart();

    // Act
    cart.add({ productId: 'p1', variantId: 'v-8', selectedOptions: size('8-cup'), name: 'Brewer', quantity: 1, unitPrice: price });
    cart.add({ productId: 'p1', variantId: 'v-3', selectedOptions: size('3-cup'), name: 'Brewer', quantity: 1, unitPrice: price });
    cart.add({ productId: 'p1', variantId: 'v-8', selectedOptions: size('8-cup'), name: 'Brewer', quantity: 2, unitPrice: price });

    // Assess
    expect(cart.lines().map((line) => [line.variantId, line.quantity])).toEqual([
      ['v-8', 3],
      ['v-3', 1],
    ]);
  });

  it('changes and removes one variant’s line, leaving the other', () => {
    // Prepare
    const cart = freshCart();
    cart.add({ productId: 'p1', variantId: 'v-8', name: 'Brewer', quantity: 1, unitPrice: price });
    cart.add({ productId: 'p1', variantId: 'v-3', name: 'Brewer', quantity: 1, unitPrice: price });

    // Act
    cart.setQuantity('p1', 5, 'v-3');
    cart.setQuantity('p1', 0, 'v-8');

    // Assess
    expect(cart.lines().map((line) => [line.variantId, line.quantity])).toEqual([['v-3', 5]]);
  });

  it('treats a stored line without a variant id as the product’s only variant (whose id is the product’s)', () => {
    // Prepare: a cart saved before the storefront knew variants
    const cart = freshCart([{ productId: 'p2', name: 'Tea', quantity: 1, unitPrice: price }]);

    // Act
    cart.add({ productId: 'p2', variantId: 'p2', selectedOptions: [], name: 'Tea', quantity: 1, unitPrice: price });
    cart.setQuantity('p2', 4);

    // Assess
    expect(cart.lines()).toHaveLength(1);
    expect(cart.lines()[0]!.quantity).toBe(4);
  });

  it('reprices only the variant whose price changed, keeping the checkout key', () => {
    // Prepare
    const cart = freshCart();
    cart.add({ productId: 'p1', variantId: 'v-8', name: 'Brewer', quantity: 1, unitPrice: price });
    cart.add({ productId: 'p1', variantId: 'v-3', name: 'Brewer', quantity: 1, unitPrice: price });
    const key = cart.checkoutKey();

    // Act
    cart.reprice([{ productId: 'p1', variantId: 'v-3', unitPrice: { amount: 2600, currency: 'EUR' } }]);

    // Assess
    expect(cart.lines().map((line) => line.unitPrice.amount)).toEqual([3900, 2600]);
    expect(cart.checkoutKey()).toBe(key);
  });
});
