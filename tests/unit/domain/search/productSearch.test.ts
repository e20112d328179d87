import { ProductSearchIndex } from '../../../../domain/search/ProductSearchIndex';
import { decodeSnapshot, encodeSnapshot } from '../../../../domain/search/searchSnapshot';
import { runProductSearch } from '../../../../domain/search/runProductSearch';
import {
  isInStock,
  lowestPrice,
  optionValues,
  toSearchDocument,
  type ProductSource,
  type SearchDocument,
} from '../../../../domain/search/searchDocument';
import { checkSearchRequest, type ProductSearchFilterInput, type ProductSearchSort } from '../../../../domain/search/searchInput';
import { makeProduct } from '../../../factories/catalog';

const doc = (overrides: Partial<ProductSource> = {}): SearchDocument => toSearchDocument({ ...makeProduct(), ...overrides } as ProductSource)!;

const search = (index: ProductSearchIndex, query: string, filter: ProductSearchFilterInput | null = null, sort: ProductSearchSort = 'RELEVANCE') =>
  runProductSearch(index, checkSearchRequest({ query, filter, sort }));

const names = (index: ProductSearchIndex, query: string, filter: ProductSearchFilterInput | null = null, sort: ProductSearchSort = 'RELEVANCE') =>
  search(index, query, filter, sort).documents.map((document) => document.name);

describe('product search matching', () => {
  const index = ProductSearchIndex.fromDocuments([
    doc({ productId: 'eth', sku: 'ETH-YIRG-250', name: 'Ethiopia Yirgacheffe', description: 'Floral, bright, with notes of bergamot.' }),
    doc({ productId: 'cafe', sku: 'CAF-100', name: 'Café de Colombia', description: 'Balanced and sweet.' }),
    doc({ productId: 'kenya', sku: 'KEN-AA', name: 'Kenya AA', description: 'Blackcurrant and grapefruit; much like an Ethiopia in brightness.' }),
    doc({ productId: 'mug', sku: 'ETHIOPIA-MUG', name: 'Stoneware mug', description: 'Holds 300 ml.' }),
  ]);

  it('ignores case and accents, in the catalog and in the query', () => {
    // Act
    const plain = names(index, 'cafe');
    const accented = names(index, 'CAFÉ');

    // Assess
    expect(plain).toEqual(['Café de Colombia']);
    expect(accented).toEqual(['Café de Colombia']);
  });

  it('matches the start of a word as the shopper types', () => {
    expect(names(index, 'ethio')[0]).toBe('Ethiopia Yirgacheffe');
  });

  it('forgives one typo in a longer word, but not two, and none in a short word', () => {
    expect(names(index, 'yirgachefe')).toEqual(['Ethiopia Yirgacheffe']);
    expect(names(index, 'yirgachfe')).toEqual([]);
    expect(names(index, 'kenyo')).toEqual(['Kenya AA']);
    expect(names(index, 'mog')).toEqual([]);
  });

  it('ranks a name match above a SKU match above a description match', () => {
    // Act: "ethiopia" is in one name, one SKU and one description
    const ranked = names(index, 'ethiopia');

    // Assess
    expect(ranked).toEqual(['Ethiopia Yirgacheffe', 'Stoneware mug', 'Kenya AA']);
  });

  it('ranks a name match above a description match even when the word is common in names and rare in descriptions', () => {
    // Prepare: BM25 alone weighs the rare description word higher
    const lots = Array.from({ length: 5 }, (_, n) => doc({ productId: `lot-${n}`, name: `Ethiopia lot ${n}`, description: null }));
    const kettle = doc({ productId: 'kettle', name: 'Kettle', description: 'For Ethiopia and any other coffee.' });
    const common = ProductSearchIndex.fromDocuments([kettle, ...lots]);

    // Act
    const ranked = names(common, 'ethiopia');

    // Assess
    expect(ranked.at(-1)).toBe('Kettle');
  });

  it('puts the product whose SKU is the whole query first, in any case', () => {
    // Prepare: another product matches the same words by its name, which ranks higher
    const withNameMatch = ProductSearchIndex.fromDocuments([
      doc({ productId: 'set', sku: 'GIFT-1', name: 'Ethiopia mug', description: null }),
      doc({ productId: 'cup', sku: 'ETHIOPIA-MUG', name: 'Stoneware cup', description: null }),
    ]);

    // Act
    const byWords = names(withNameMatch, 'ethiopia mug');
    const bySku = names(withNameMatch, 'ethiopia-MUG');

    // Assess
    expect(byWords).toEqual(['Ethiopia mug', 'Stoneware cup']);
    expect(bySku).toEqual(['Stoneware cup', 'Ethiopia mug']);
  });

  it('needs every word to match', () => {
    expect(names(index, 'ethiopia floral')).toEqual(['Ethiopia Yirgacheffe']);
    expect(names(index, 'ethiopia walnut')).toEqual([]);
  });

  it('finds nothing for a query without a letter or digit, and everything for a blank one', () => {
    expect(names(index, '☕ !!')).toEqual([]);
    expect(names(index, '   ')).toHaveLength(4);
    expect(names(index, 'AND OR "ethio*" -kenya')).toEqual([]);
  });

  it('follows upserts and removals', () => {
    // Prepare
    const live = ProductSearchIndex.fromDocuments([doc({ productId: 'a', name: 'Guatemala Huehuetenango' })]);

    // Act
    live.upsert(doc({ productId: 'a', name: 'Guatemala Antigua' }));
    live.upsert(doc({ productId: 'b', name: 'Antigua blend' }));
    live.remove('b');

    // Assess
    expect(names(live, 'huehuetenango')).toEqual([]);
    expect(names(live, 'antigua')).toEqual(['Guatemala Antigua']);
    expect(live.size).toBe(1);
  });

  it('answers the same once loaded from its snapshot, and still follows changes', () => {
    // Act
    const loaded = ProductSearchIndex.fromSnapshot(decodeSnapshot(encodeSnapshot(index)));
    loaded.upsert(doc({ productId: 'new', name: 'Burundi Kayanza' }));

    // Assess
    for (const query of ['ethio', 'yirgachefe', 'CAFÉ', 'ethiopia-mug', 'ethiopia floral']) expect(names(loaded, query)).toEqual(names(index, query));
    expect(names(loaded, 'kayanza')).toEqual(['Burundi Kayanza']);
  });

  it('never holds an archived product', () => {
    expect(toSearchDocument({ ...makeProduct(), status: 'ARCHIVED' })).toBeNull();
  });
});

describe('product search filters, sorts and facets', () => {
  const index = ProductSearchIndex.fromDocuments([
    doc({ productId: 'a', name: 'Coffee A', categoryId: 'beans', priceAmount: 900, stock: 0, createdAt: '2026-01-01T00:00:00.000Z' }),
    doc({ productId: 'b', name: 'Coffee B', categoryId: 'beans', priceAmount: 2000, stock: 5, createdAt: '2026-01-03T00:00:00.000Z' }),
    doc({ productId: 'c', name: 'Coffee C', categoryId: 'gear', priceAmount: 12000, stock: 1, createdAt: '2026-01-02T00:00:00.000Z' }),
    doc({
      productId: 'd',
      name: 'Coffee shirt',
      categoryId: 'gear',
      priceAmount: 3000,
      stock: 0,
      createdAt: '2026-01-04T00:00:00.000Z',
      variants: [
        {
          price: { amount: 2500 },
          stock: 3,
          available: true,
          selectedOptions: [
            { name: 'Size', value: 'M' },
            { name: 'Colour', value: 'Red' },
          ],
        },
        {
          price: { amount: 2800 },
          stock: 0,
          available: false,
          selectedOptions: [
            { name: 'Size', value: 'L' },
            { name: 'Colour', value: 'Blue' },
          ],
        },
      ],
    }),
  ]);

  it('filters by category, price range (a variant’s price counts) and stock', () => {
    expect(names(index, 'coffee', { categoryId: 'beans' }).sort()).toEqual(['Coffee A', 'Coffee B']);
    expect(names(index, 'coffee', { price: { min: 2000, max: 2600 } }).sort()).toEqual(['Coffee B', 'Coffee shirt']);
    expect(names(index, 'coffee', { inStock: true }).sort()).toEqual(['Coffee B', 'Coffee C', 'Coffee shirt']);
    expect(names(index, 'coffee', { inStock: false })).toEqual(['Coffee A']);
  });

  it('filters on option values within one variant, in any case; an unknown option matches nothing', () => {
    expect(names(index, '', { options: [{ name: 'size', values: ['m'] }] })).toEqual(['Coffee shirt']);
    expect(
      names(index, '', {
        options: [
          { name: 'Size', values: ['M'] },
          { name: 'Colour', values: ['Blue'] },
        ],
      }),
    ).toEqual([]);
    expect(names(index, '', { options: [{ name: 'Size', values: ['L'] }], inStock: true })).toEqual([]);
    expect(names(index, '', { options: [{ name: 'Roast', values: ['Dark'] }] })).toEqual([]);
  });

  it('sorts by price (the cheapest variant’s) and by newest', () => {
    expect(names(index, 'coffee', null, 'PRICE_ASC')).toEqual(['Coffee A', 'Coffee B', 'Coffee shirt', 'Coffee C']);
    expect(names(index, 'coffee', null, 'PRICE_DESC')).toEqual(['Coffee C', 'Coffee shirt', 'Coffee B', 'Coffee A']);
    expect(names(index, 'coffee', null, 'NEWEST')).toEqual(['Coffee shirt', 'Coffee B', 'Coffee C', 'Coffee A']);
    expect(names(index, '', null, 'RELEVANCE')).toEqual(['Coffee shirt', 'Coffee B', 'Coffee C', 'Coffee A']);
  });

  it('counts facets over exactly the results: each value’s count is what selecting it leaves', () => {
    // Act
    const { documents, facets } = search(index, 'coffee', { inStock: true });

    // Assess
    const facet = (name: string) => Object.fromEntries(facets.find((f) => f.name === name)!.values.map((v) => [v.value, v.count]));
    expect(documents).toHaveLength(3);
    expect(facet('category')).toEqual({ gear: 2, beans: 1 });
    expect(facet('price')).toEqual({ '1000-2500': 1, '2500-5000': 1, '10000-': 1 });
    expect(facet('inStock')).toEqual({ true: 3 });
    expect(facet('option:Size')).toEqual({ M: 1, L: 1 });
    for (const name of ['category', 'price', 'inStock']) {
      const total = Object.values(facet(name)).reduce((sum, count) => sum + count, 0);
      expect(total).toBe(documents.length);
    }
    for (const { value, count } of facets.find((f) => f.name === 'category')!.values) {
      expect(search(index, 'coffee', { inStock: true, categoryId: value }).documents).toHaveLength(count);
    }
  });
});

describe('search documents of products as they are stored with variants (data/variants.ts)', () => {
  const stored = (variant: { stock: number; priceAmount: number; status: 'ACTIVE' | 'ARCHIVED'; size: string }) => ({
    variantId: `v-${variant.size}`,
    sku: `SHIRT-${variant.size}`,
    priceAmount: variant.priceAmount,
    stock: variant.stock,
    status: variant.status,
    selectedOptions: [{ name: 'Size', value: variant.size }],
  });

  it('takes a one-variant product’s price and stock from the product, where that shape keeps them', () => {
    // Arrange: the entry's stock is stale; the product's own stock is what orders move
    const document = doc({ priceAmount: 1500, stock: 4, variants: [stored({ stock: 0, priceAmount: 999, status: 'ACTIVE', size: 'M' })] });

    // Assert
    expect(isInStock(document)).toBe(true);
    expect(lowestPrice(document)).toBe(1500);
  });

  it('leaves archived variants out of price, stock and option values', () => {
    // Arrange
    const document = doc({
      priceAmount: 2000,
      stock: 2,
      variants: [
        stored({ stock: 2, priceAmount: 2000, status: 'ACTIVE', size: 'M' }),
        stored({ stock: 9, priceAmount: 100, status: 'ARCHIVED', size: 'XL' }),
      ],
    });

    // Assert
    expect(lowestPrice(document)).toBe(2000);
    expect([...optionValues(document).values()].flatMap((option) => [...option.values])).toEqual(['M']);
  });
});

describe('search input', () => {
  it.each([
    ['a query over 200 characters', { query: 'x'.repeat(2_000) }, /query: must be at most 200 characters/],
    ['a query of more than 10 words', { query: 'a b c d e f g h i j k' }, /query: must be at most 10 words/],
    ['a negative price', { filter: { price: { min: -1 } } }, /filter.price.min/],
    ['an inverted price range', { filter: { price: { min: 500, max: 100 } } }, /min must not be above max/],
    ['a malformed category id', { filter: { categoryId: 'no such/id' } }, /filter.categoryIds/],
    ['an option without values', { filter: { options: [{ name: 'Size', values: [] }] } }, /filter.options.values/],
  ])('refuses %s with BAD_USER_INPUT', (_name, args, message) => {
    // Act
    let thrown: { code?: string; message?: string } | undefined;
    try {
      checkSearchRequest({ sort: 'RELEVANCE', ...args });
    } catch (error) {
      thrown = error as { code?: string; message?: string };
    }

    // Assess
    expect(thrown?.code).toBe('BAD_USER_INPUT');
    expect(thrown?.message).toMatch(message);
  });
});
