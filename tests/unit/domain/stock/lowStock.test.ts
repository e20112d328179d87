import { BadUserInputError } from '../../../../core/errors';
import { limits } from '../../../../domain/limits';
import { lowStockOf } from '../../../../domain/stock/listLowStockProducts';
import { checkLowStockThreshold } from '../../../../domain/stock/lowStockThreshold';
import { makeProduct } from '../../../factories/catalog';

describe('low stock', () => {
  it('holds each product to its own threshold, else the default, lowest stock first, then by SKU', () => {
    const products = [
      makeProduct({ sku: 'B', stock: 3 }),
      makeProduct({ sku: 'A', stock: 3 }),
      makeProduct({ sku: 'C', stock: 6, lowStockThreshold: 10 }),
      makeProduct({ sku: 'D', stock: 6 }),
      makeProduct({ sku: 'E', stock: 0, lowStockThreshold: 0 }),
      makeProduct({ sku: 'F', stock: 2, lowStockThreshold: 1 }),
    ];

    const low = lowStockOf(products, 5);

    expect(low.map(({ product, threshold }) => [product.sku, threshold])).toEqual([
      ['E', 0],
      ['A', 5],
      ['B', 5],
      ['C', 10],
    ]);
  });

  it.each([-1, limits.maxLowStockThreshold + 1, 2.5])('refuses a threshold of %p', (threshold) => {
    expect(() => checkLowStockThreshold(threshold)).toThrow(BadUserInputError);
  });

  it.each([0, limits.maxLowStockThreshold])('accepts a threshold of %p', (threshold) => {
    expect(checkLowStockThreshold(threshold)).toBe(threshold);
  });
});
