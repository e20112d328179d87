import { productLevelOf, variantsOf, variantTitle } from '../../../data/variants';
import { optionsPlan } from '../../../domain/catalog/variants/setProductOptions';
import { makeProduct } from '../../factories/catalog';

const variant = (variantId: string, sku: string, priceAmount: number, stock: number, status: 'ACTIVE' | 'ARCHIVED' = 'ACTIVE', size = sku) => ({
  variantId,
  sku,
  priceAmount,
  stock,
  status,
  selectedOptions: [{ name: 'Size', value: size }],
});

describe('variantsOf', () => {
  it('reads a product written before variants as one default variant with the product’s id, SKU, price and stock', () => {
    const product = makeProduct({ productId: 'mug', sku: 'MUG-1', priceAmount: 1250, stock: 7 });

    expect(variantsOf(product)).toEqual([
      { variantId: 'mug', index: 0, sku: 'MUG-1', priceAmount: 1250, currency: 'USD', stock: 7, status: 'ACTIVE', selectedOptions: [] },
    ]);
  });

  it('takes a single variant’s SKU, price and stock from the top level, which the version before variants writes', () => {
    const product = makeProduct({
      productId: 'mug',
      sku: 'MUG-1',
      priceAmount: 1250,
      stock: 4,
      variants: [variant('mug', 'MUG-1', 1250, 9, 'ACTIVE', 'S')],
    });

    expect(variantsOf(product).map((each) => [each.variantId, each.stock, each.selectedOptions])).toEqual([
      ['mug', 4, [{ name: 'Size', value: 'S' }]],
    ]);
  });

  it('reads each of several variants from its entry, with its position', () => {
    const product = makeProduct({ stock: 1, variants: [variant('a', 'TEE-S', 2000, 5), variant('b', 'TEE-M', 2200, 1)] });

    expect(variantsOf(product).map((each) => [each.variantId, each.index, each.priceAmount, each.stock])).toEqual([
      ['a', 0, 2000, 5],
      ['b', 1, 2200, 1],
    ]);
  });
});

describe('productLevelOf', () => {
  it('keeps the lowest active price and stock of several variants for the indexes, ignoring archived ones', () => {
    expect(productLevelOf([variant('a', 'S', 2000, 5), variant('b', 'M', 1500, 0, 'ARCHIVED'), variant('c', 'L', 2500, 2)])).toEqual({
      priceAmount: 2000,
      stock: 2,
    });
  });

  it('keeps a single variant’s own price and stock', () => {
    expect(productLevelOf([variant('a', 'S', 2000, 5, 'ARCHIVED')])).toEqual({ priceAmount: 2000, stock: 5 });
  });
});

describe('optionsPlan', () => {
  it('gives a default variant that selects nothing the first value of each option', () => {
    const product = makeProduct({ productId: 'tee' });

    const plan = optionsPlan(product, [{ name: 'Size', values: ['S', 'M'] }]);

    expect(plan).toEqual({
      options: [{ name: 'Size', values: ['S', 'M'] }],
      changes: [{ index: 0, variantId: 'tee', set: { selectedOptions: [{ name: 'Size', value: 'S' }] } }],
    });
  });

  it('refuses options that would leave a variant without a value it selects', () => {
    const product = makeProduct({
      stock: 1,
      variants: [variant('a', 'TEE-S', 2000, 5, 'ACTIVE', 'S'), variant('b', 'TEE-M', 2200, 1, 'ACTIVE', 'M')],
    });

    const plan = optionsPlan(product, [{ name: 'Size', values: ['S', 'L'] }]);

    expect(plan).toEqual([expect.objectContaining({ code: 'OPTION_IN_USE' })]);
  });

  it('refuses more than three options and a value given twice', () => {
    const options = ['A', 'B', 'C', 'D'].map((name) => ({ name, values: ['x', 'x'] }));

    const plan = optionsPlan(makeProduct(), options) as Array<{ code: string }>;

    expect(plan.map((problem) => problem.code)).toEqual(['LIMIT_EXCEEDED', 'INVALID', 'INVALID', 'INVALID', 'INVALID']);
  });
});

describe('variantTitle', () => {
  it('joins the option values, and says Default for a variant without any', () => {
    expect(
      variantTitle([
        { name: 'Size', value: 'M' },
        { name: 'Colour', value: 'Red' },
      ]),
    ).toBe('M / Red');
    expect(variantTitle([])).toBe('Default');
  });
});
