import { combinations, messageFor, openCombinations, optionsInputOf, placeError, titleOf, unplaced } from '../../../web/src/admin/variantDrafts';
import type { AdminVariant, VariantsProduct } from '../../../web/src/admin/variantDrafts';

const options: VariantsProduct['options'] = [
  { __typename: 'ProductOption', name: 'Size', values: ['S', 'M'] },
  { __typename: 'ProductOption', name: 'Colour', values: ['Red', 'Blue'] },
];

function makeVariant(size: string, colour: string, status: AdminVariant['status'] = 'ACTIVE'): AdminVariant {
  return {
    __typename: 'ProductVariant',
    id: `v-${size}-${colour}`,
    sku: `TEE-${size}-${colour}`,
    title: `${size} / ${colour}`,
    price: { __typename: 'Money', amount: 2000, currency: 'USD' },
    stock: 3,
    status,
    lowStockThreshold: null,
    selectedOptions: [
      { __typename: 'SelectedOption', name: 'Size', value: size },
      { __typename: 'SelectedOption', name: 'Colour', value: colour },
    ],
  };
}

describe('option combinations', () => {
  it('are every value of each option in option order, and one empty combination without options', () => {
    // Act
    const titles = combinations(options).map(titleOf);
    const none = combinations([]);

    // Assert
    expect(titles).toEqual(['S / Red', 'S / Blue', 'M / Red', 'M / Blue']);
    expect(none).toEqual([[]]);
  });

  it('open to a new variant are those no active variant has: an archived variant’s combination is open again', () => {
    // Arrange
    const variants = [makeVariant('S', 'Red'), makeVariant('M', 'Blue', 'ARCHIVED')];

    // Act
    const open = openCombinations({ options, variants }).map(titleOf);
    const withoutOptions = openCombinations({ options: [], variants });

    // Assert
    expect(open).toEqual(['S / Blue', 'M / Red', 'M / Blue']);
    expect(withoutOptions).toEqual([]);
  });
});

describe('options as the form holds them', () => {
  it('are sent trimmed, their values split at commas without empty ones', () => {
    // Act
    const input = optionsInputOf([{ name: ' Size ', values: 'S, M ,, L,' }]);

    // Assert
    expect(input).toEqual([{ name: 'Size', values: ['S', 'M', 'L'] }]);
  });
});

describe('a userError beside its field', () => {
  it('is placed by the field its path names and the list position in it', () => {
    // Arrange
    const errors = [
      { field: ['input', 'variants', '1', 'sku'], message: 'Another variant has the SKU "X".' },
      { field: ['input', 'variants', '0', 'price', 'amount'], message: 'A price is 0 to 100000000 minor units.' },
      { field: ['input', 'expectedVersion'], message: 'The product is at version 4; reload it and retry.' },
      { field: null, message: 'Something else.' },
    ].map(placeError);

    // Act
    const sku = [messageFor(errors, 'sku', 0), messageFor(errors, 'sku', 1)];
    const price = messageFor(errors, 'price', 0);
    const rest = unplaced(errors, ['sku', 'price']);

    // Assert
    expect(sku).toEqual([undefined, 'Another variant has the SKU "X".']);
    expect(price).toBe('A price is 0 to 100000000 minor units.');
    expect(rest).toBe('The product is at version 4; reload it and retry. Something else.');
    expect(errors[2]).toMatchObject({ field: 'expectedVersion', index: undefined });
  });
});
