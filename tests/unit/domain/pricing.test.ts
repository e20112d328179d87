import { BadUserInputError } from '../../../core/errors';
import { limits } from '../../../domain/limits';
import { changedPrices, orderTotal, orderTotalProblem, pricedLines } from '../../../domain/pricing';
import { makeProduct } from '../../factories/catalog';

describe('pricing', () => {
  const mug = makeProduct({ productId: 'mug', sku: 'MUG-1', name: 'Mug', priceAmount: 1250, currency: 'USD' });
  const tea = makeProduct({ productId: 'tea', sku: 'TEA-1', name: 'Tea', priceAmount: 400, currency: 'USD' });
  const byId = new Map([mug, tea].map((product) => [product.productId, product]));

  it('names the current price of every product shown at another amount or currency, once each', () => {
    const items = [
      { productId: 'mug', expectedUnitPrice: { amount: 1200, currency: 'USD' } },
      { productId: 'tea', expectedUnitPrice: { amount: 400, currency: 'EUR' } },
      { productId: 'mug', expectedUnitPrice: { amount: 1200, currency: 'USD' } },
    ];

    const changed = changedPrices(items, byId);

    expect(changed).toEqual([
      { productId: 'mug', unitPrice: { amount: 1250, currency: 'USD' } },
      { productId: 'tea', unitPrice: { amount: 400, currency: 'USD' } },
    ]);
  });

  it('accepts the current price where it was shown, or where no price was shown', () => {
    const items = [
      { productId: 'mug', expectedUnitPrice: { amount: 1250, currency: 'USD' } },
      { productId: 'tea', expectedUnitPrice: null },
      { productId: 'tea' },
    ];

    expect(changedPrices(items, byId)).toEqual([]);
  });

  it('prices the lines at the catalog prices, numbered from 1 in the order given', () => {
    const lines = pricedLines(
      'order-1',
      [
        { productId: 'tea', quantity: 3 },
        { productId: 'mug', quantity: 1 },
      ],
      byId,
    );

    expect(lines).toEqual([
      { orderId: 'order-1', lineNo: 1, productId: 'tea', variantId: 'tea', sku: 'TEA-1', name: 'Tea', unitAmount: 400, currency: 'USD', quantity: 3 },
      {
        orderId: 'order-1',
        lineNo: 2,
        productId: 'mug',
        variantId: 'mug',
        sku: 'MUG-1',
        name: 'Mug',
        unitAmount: 1250,
        currency: 'USD',
        quantity: 1,
      },
    ]);
  });

  it('totals unit price times quantity, exactly at the largest prices and quantities', () => {
    const largest = { unitAmount: limits.maxPriceAmount, quantity: limits.maxLineQuantity };

    expect(
      orderTotal([
        { unitAmount: 400, quantity: 3 },
        { unitAmount: 1250, quantity: 1 },
      ]),
    ).toBe(2450);
    expect(orderTotal(Array.from({ length: limits.maxOrderLines }, () => largest))).toBe(247_500_000_000);
  });

  it('refuses a total above the largest order total and allows one at it', () => {
    const refusal = orderTotalProblem(limits.maxOrderTotal + 1);

    expect(orderTotalProblem(limits.maxOrderTotal)).toBeUndefined();
    expect(refusal).toBeInstanceOf(BadUserInputError);
    expect(refusal?.message).toBe(
      `items: the order total would be ${limits.maxOrderTotal + 1} minor units; the largest order total is ${limits.maxOrderTotal}.`,
    );
    expect(refusal?.details).toEqual({ field: 'items', maxOrderTotal: limits.maxOrderTotal });
  });
});
