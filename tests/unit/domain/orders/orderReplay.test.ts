import { IdempotencyKeyReusedError } from '../../../../core/errors';
import { checkId } from '../../../../data/validation';
import { assertReplay, cartHashOf, orderIdFor } from '../../../../domain/orders/orderReplay';

describe('order replay', () => {
  it('gives one order id per customer and key, usable as an id', () => {
    const id = orderIdFor('customer-1', 'checkout-1');

    expect(orderIdFor('customer-1', 'checkout-1')).toBe(id);
    expect(orderIdFor('customer-2', 'checkout-1')).not.toBe(id);
    expect(orderIdFor('customer-1', 'checkout-2')).not.toBe(id);
    expect(id).toHaveLength(26);
    expect(checkId('id', id)).toBe(id);
  });

  it('fingerprints a cart by its lines, their quantities and their order', () => {
    const cart = [
      { productId: 'mug', quantity: 1 },
      { productId: 'tea', quantity: 2 },
    ];

    expect(cartHashOf(cart)).toBe(cartHashOf([...cart]));
    expect(cartHashOf(cart)).not.toBe(cartHashOf([cart[0]!, { productId: 'tea', quantity: 3 }]));
    expect(cartHashOf(cart)).not.toBe(cartHashOf([cart[1]!, cart[0]!]));
  });

  it('treats the same customer and cart as a retry', () => {
    expect(() => assertReplay({ customerId: 'customer-1', cartHash: 'h1' }, { customerId: 'customer-1', cartHash: 'h1' })).not.toThrow();
  });

  it.each([
    ['another cart', { customerId: 'customer-1', cartHash: 'h2' }],
    ['another customer', { customerId: 'customer-2', cartHash: 'h1' }],
  ])('refuses the key reused for %s', (_case, request) => {
    expect(() => assertReplay({ customerId: 'customer-1', cartHash: 'h1' }, request)).toThrow(IdempotencyKeyReusedError);
  });
});
