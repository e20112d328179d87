import { BadUserInputError } from '../../../../core/errors';
import { productEdit } from '../../../../domain/catalog/updateProduct';
import { limits } from '../../../../domain/limits';

describe('productEdit', () => {
  it('sets the fields given, trimmed, and leaves out the ones not given', () => {
    const edit = productEdit({ name: '  Big mug ', price: { amount: 1500, currency: 'EUR' }, categoryId: 'c-2', lowStockThreshold: 8 });

    expect(edit).toEqual({ changes: { name: 'Big mug', priceAmount: 1500, currency: 'EUR', categoryId: 'c-2', lowStockThreshold: 8 }, cleared: [] });
  });

  it('clears an optional text field given as null or empty, and the threshold given as null', () => {
    expect(productEdit({ description: null, lowStockThreshold: null })).toEqual({ changes: {}, cleared: ['description', 'lowStockThreshold'] });
    expect(productEdit({ description: '   ' })).toEqual({ changes: {}, cleared: ['description'] });
  });

  it('keeps a required field given as null, and refuses an edit that changes nothing', () => {
    expect(() => productEdit({ name: null })).toThrow('input: give at least one field to change.');
    expect(() => productEdit({})).toThrow(BadUserInputError);
  });

  it.each([
    ['an empty name', { name: ' ' }, /^name: /],
    ['a negative price', { price: { amount: -1, currency: 'USD' } }, /^price\.amount: /],
    ['a category id that could reach a key template', { categoryId: 'c#1' }, /^categoryId: /],
    ['a threshold above the largest', { lowStockThreshold: limits.maxLowStockThreshold + 1 }, /^lowStockThreshold: /],
  ])('refuses %s', (_case, input, message) => {
    expect(() => productEdit(input)).toThrow(message);
  });
});
