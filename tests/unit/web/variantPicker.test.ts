import { choose, initialSelection, stockLabel, valueState, variantFor, type PickerVariant } from '../../../web/src/variantPicker';

const options = [
  { name: 'Size', values: ['8-cup', '3-cup'] },
  { name: 'Colour', values: ['Black', 'Copper', 'Steel'] },
];

const variant = (id: string, size: string, colour: string, available = true): PickerVariant => ({
  id,
  available,
  selectedOptions: [
    { name: 'Size', value: size },
    { name: 'Colour', value: colour },
  ],
});

// as the demo's GEAR-004: 3-cup Copper is out of stock, and no variant is Steel
const variants = [
  variant('8-blk', '8-cup', 'Black'),
  variant('8-cop', '8-cup', 'Copper'),
  variant('3-blk', '3-cup', 'Black'),
  variant('3-cop', '3-cup', 'Copper', false),
];

describe('the variant picker (which values a shopper can choose, and the variant they name)', () => {
  it('offers a value with an orderable variant, marks one whose variant is sold out, and one without a variant', () => {
    // Act
    const states = options[1]!.values.map((value) => valueState(options, variants, ['3-cup', 'Black'], 1, value));

    // Assess
    expect(states).toEqual(['available', 'soldOut', 'none']);
  });

  it('judges a value only against the options chosen before it, so the first option offers every size with an orderable variant', () => {
    // Act
    const sizes = options[0]!.values.map((value) => valueState(options, variants, ['8-cup', 'Copper'], 0, value));

    // Assess
    expect(sizes).toEqual(['available', 'available']);
  });

  it('moves a later option to its first orderable value when the new choice leaves it unavailable', () => {
    // Act
    const next = choose(options, variants, ['8-cup', 'Copper'], 0, '3-cup');

    // Assess
    expect(next).toEqual(['3-cup', 'Black']);
    expect(variantFor(options, variants, next)?.id).toBe('3-blk');
  });

  it('keeps a later option’s value while it is still orderable', () => {
    // Act
    const next = choose(options, variants, ['3-cup', 'Black'], 0, '8-cup');

    // Assess
    expect(next).toEqual(['8-cup', 'Black']);
  });

  it('reaches every orderable variant of a sparse matrix from any selection, by choosing options in order', () => {
    // Prepare: only S/Red and M/Blue exist
    const sparseOptions = [
      { name: 'Size', values: ['S', 'M'] },
      { name: 'Colour', values: ['Red', 'Blue'] },
    ];
    const sparse = [
      {
        id: 's-red',
        available: true,
        selectedOptions: [
          { name: 'Size', value: 'S' },
          { name: 'Colour', value: 'Red' },
        ],
      },
      {
        id: 'm-blue',
        available: true,
        selectedOptions: [
          { name: 'Size', value: 'M' },
          { name: 'Colour', value: 'Blue' },
        ],
      },
    ];

    // Act
    const offeredSize = valueState(sparseOptions, sparse, ['S', 'Red'], 0, 'M');
    const next = choose(sparseOptions, sparse, ['S', 'Red'], 0, 'M');

    // Assess
    expect(offeredSize).toBe('available');
    expect(variantFor(sparseOptions, sparse, next)?.id).toBe('m-blue');
  });

  it('starts on the first orderable variant, and on the first variant when none is orderable', () => {
    // Act
    const some = initialSelection(options, [variants[3]!, variants[2]!]);
    const none = initialSelection(options, [variants[3]!]);

    // Assess
    expect(some).toEqual(['3-cup', 'Black']);
    expect(none).toEqual(['3-cup', 'Copper']);
  });

  it('names no variant for a combination that is not sold', () => {
    expect(variantFor(options, variants, ['8-cup', 'Steel'])).toBeUndefined();
  });

  it.each([
    [{ available: true, stock: 12 }, 'In stock'],
    [{ available: true, stock: 3 }, 'Only 3 left'],
    [{ available: false, stock: 0 }, 'Sold out'],
  ])('says %p is %p', (shown, label) => {
    expect(stockLabel(shown)).toBe(label);
  });
});
