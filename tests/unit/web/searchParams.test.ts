import {
  isFiltered,
  optionFacetGroups,
  priceBandLabel,
  readSearchState,
  searchFilter,
  searchStateParams,
  withOptionValue,
  type SearchState,
} from '../../../web/src/searchParams';

const base: SearchState = { query: 'shirt', inStock: false, options: [], sort: 'RELEVANCE' };

describe('the search page’s option filters in the URL', () => {
  it('keeps option values through the URL and sends them as the API’s option filter', () => {
    // Arrange
    const state: SearchState = {
      ...base,
      options: [
        { name: 'Size', values: ['M', 'L'] },
        { name: 'Colour', values: ['Red'] },
      ],
    };

    // Act
    const url = searchStateParams(state).toString();
    const reloaded = readSearchState(new URLSearchParams(url));

    // Assert
    expect(url).toBe('q=shirt&opt.Size=M&opt.Size=L&opt.Colour=Red');
    expect(reloaded).toEqual(state);
    expect(searchFilter(reloaded)).toEqual({
      options: [
        { name: 'Size', values: ['M', 'L'] },
        { name: 'Colour', values: ['Red'] },
      ],
    });
    expect(isFiltered(reloaded)).toBe(true);
  });

  it('leaves out what the API would refuse: blank or long names and values, repeats, and too many options or values', () => {
    // Arrange
    const params = new URLSearchParams([
      ['opt.Size', 'M'],
      ['opt.size', 'M'],
      ['opt. ', 'x'],
      ['opt.Colour', ''],
      ['opt.Fit', 'x'.repeat(101)],
      ...Array.from({ length: 25 }, (_, n) => ['opt.Grind', `g${n}`] as [string, string]),
      ...Array.from({ length: 12 }, (_, n) => [`opt.O${n}`, 'v'] as [string, string]),
    ]);

    // Act
    const { options } = readSearchState(params);

    // Assert
    expect(options).toHaveLength(10);
    expect(options[0]).toEqual({ name: 'Size', values: ['M'] });
    expect(options[1]!.values).toHaveLength(20);
    expect(options.map((option) => option.name)).not.toContain('Colour');
    expect(options.map((option) => option.name)).not.toContain('Fit');
  });

  it('ticks and unticks a value, dropping an option left without values', () => {
    // Act
    const ticked = withOptionValue(base, 'Size', 'M', true);
    const both = withOptionValue(ticked, 'size', 'L', true);
    const unticked = withOptionValue(withOptionValue(both, 'Size', 'M', false), 'Size', 'L', false);

    // Assert
    expect(ticked.options).toEqual([{ name: 'Size', values: ['M'] }]);
    expect(both.options).toEqual([{ name: 'Size', values: ['M', 'L'] }]);
    expect(unticked.options).toEqual([]);
    expect(searchFilter(unticked)).toBeNull();
  });

  it('shows each option facet’s values with their counts, and a value asked for that the facets no longer list', () => {
    // Arrange
    const facets = [
      { name: 'category', values: [{ value: 'c1', count: 3 }] },
      { name: 'option:Size', values: [{ value: 'M', count: 2 }] },
    ];
    const state: SearchState = {
      ...base,
      options: [
        { name: 'size', values: ['M', 'XL'] },
        { name: 'Colour', values: ['Red'] },
      ],
    };

    // Act
    const groups = optionFacetGroups(facets, state);

    // Assert
    expect(groups).toEqual([
      {
        name: 'Size',
        values: [
          { value: 'M', count: 2, selected: true },
          { value: 'XL', count: undefined, selected: true },
        ],
      },
      { name: 'Colour', values: [{ value: 'Red', count: undefined, selected: true }] },
    ]);
  });
});

describe('price band labels', () => {
  it('are in the results’ currency, the upper end included', () => {
    expect(priceBandLabel('1000-2500', 'EUR')).toBe('€10.00 to €24.99');
    expect(priceBandLabel('10000-', 'GBP')).toBe('£100.00 and up');
    expect(priceBandLabel('1000-2500', 'JPY')).toBe('¥1,000 to ¥2,499');
    expect(priceBandLabel('other', 'EUR')).toBe('other');
  });
});
