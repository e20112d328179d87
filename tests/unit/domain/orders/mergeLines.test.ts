import { BadUserInputError } from '../../../../core/errors';
import { limits } from '../../../../domain/limits';
import { mergeLines } from '../../../../domain/orders/mergeLines';

describe('mergeLines', () => {
  it('merges lines for the same product, keeping the order in which products first appear', () => {
    const items = [
      { productId: 'mug', quantity: 1 },
      { productId: 'tea', quantity: 2 },
      { productId: 'mug', quantity: 3 },
    ];

    const lines = mergeLines(items);

    expect(lines).toEqual([
      { productId: 'mug', quantity: 4 },
      { productId: 'tea', quantity: 2 },
    ]);
  });

  it.each([0, limits.maxOrderLines + 1])('refuses an order of %p lines', (count) => {
    const items = Array.from({ length: count }, (_, index) => ({ productId: `p${index}`, quantity: 1 }));

    expect(() => mergeLines(items)).toThrow(`items: an order has 1 to ${limits.maxOrderLines} lines.`);
  });

  it.each([0, limits.maxLineQuantity + 1, 1.5])('refuses a line quantity of %p, naming the line', (quantity) => {
    expect(() =>
      mergeLines([
        { productId: 'mug', quantity: 1 },
        { productId: 'tea', quantity },
      ]),
    ).toThrow(/^items\[1\]\.quantity: /);
  });

  it('refuses lines whose merged quantity passes the largest line quantity', () => {
    const items = [
      { productId: 'mug', quantity: limits.maxLineQuantity },
      { productId: 'mug', quantity: 1 },
    ];

    expect(() => mergeLines(items)).toThrow(`quantity of mug: must be an integer from 1 to ${limits.maxLineQuantity}.`);
  });

  it('refuses a product id that could reach a key template', () => {
    expect(() => mergeLines([{ productId: 'mug#ORDER', quantity: 1 }])).toThrow(BadUserInputError);
  });
});
