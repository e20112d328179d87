import { limits } from '../../../../domain/limits';
import { largestStockBeforeAdding, stockReturn } from '../../../../domain/stock/stockCeiling';

describe('the stock ceiling', () => {
  it('allows adding a quantity to a stock that leaves room for it', () => {
    expect(largestStockBeforeAdding(5)).toBe(limits.maxStock - 5);
  });

  it('gives a cancelled line back as an addition while the stock leaves room for it', () => {
    expect(stockReturn({ productId: 'mug', quantity: 5 }, false)).toEqual({ productId: 'mug', add: 5, whileAtMost: limits.maxStock - 5 });
  });

  it('gives a cancelled line back to a product found too full by setting the ceiling while it is still too full', () => {
    expect(stockReturn({ productId: 'mug', quantity: 5 }, true)).toEqual({
      productId: 'mug',
      setTo: limits.maxStock,
      whileAbove: limits.maxStock - 5,
    });
  });
});
