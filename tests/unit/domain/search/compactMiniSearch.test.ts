import MiniSearch, { type Options } from 'minisearch';
import { generateSearchDocuments } from '../../../../bench/lib/searchCatalog';
import { CompactMiniSearch, isCompactIndex } from '../../../../domain/search/CompactMiniSearch';
import { FIELD_BOOSTS, ProductSearchIndex } from '../../../../domain/search/ProductSearchIndex';
import { runProductSearch } from '../../../../domain/search/runProductSearch';
import type { SearchDocument } from '../../../../domain/search/searchDocument';
import { checkSearchRequest } from '../../../../domain/search/searchInput';
import { searchTerms } from '../../../../domain/search/searchText';

const OPTIONS: Options<SearchDocument> = {
  idField: 'id',
  fields: Object.keys(FIELD_BOOSTS),
  storeFields: [],
  tokenize: (words) => (words ? words.split(' ') : []),
  processTerm: (term) => term,
};
const RULES = {
  boosts: FIELD_BOOSTS,
  prefix: (term: string) => term.length >= 2,
  fuzzy: (term: string) => (term.length >= 5 ? 1 : false),
} as const;
/** MiniSearch's own search with the same rules: the reference `matchAll` must agree with. */
const REFERENCE = { boost: { ...FIELD_BOOSTS }, combineWith: 'AND', prefix: RULES.prefix, fuzzy: RULES.fuzzy, maxFuzzy: 1 } as const;

const documents = generateSearchDocuments(300);
const QUERIES = ['ethiopia', 'ethi', 'yirgachefe', 'kenya washed', 'gen 000042', 'natural', 'et', 'washd honey', 'floral caramel', 'nothingmatches'];

function byId(matches: ReadonlyArray<{ id: unknown; score: number; tier?: number }>) {
  return new Map(matches.map((match) => [String(match.id), match]));
}

describe('CompactMiniSearch', () => {
  it('scores every query as MiniSearch’s own AND search does', () => {
    // Arrange
    const index = new CompactMiniSearch(OPTIONS);
    index.addAll(documents);

    for (const query of QUERIES) {
      // Act
      const terms = searchTerms(query);
      const expected = index.search(terms.join(' '), REFERENCE);
      const actual = byId(index.matchAll(terms, RULES));

      // Assert
      expect(actual.size).toBe(expected.length);
      for (const result of expected) expect(actual.get(String(result.id))?.score).toBeCloseTo(result.score, 9);
    }
  });

  it('names the best field a word matched in', () => {
    // Arrange: "ethiopia" is one product's name, another's SKU
    const index = new CompactMiniSearch(OPTIONS);
    const base = documents[0]!;
    index.addAll([
      { ...base, id: 'name', nameWords: 'ethiopia guji', skuWords: 'a 1', descriptionWords: 'ethiopia' },
      { ...base, id: 'sku', nameWords: 'mug', skuWords: 'ethiopia mug', descriptionWords: '' },
    ]);

    // Act
    const tiers = byId(index.matchAll(['ethiopia'], RULES));

    // Assert
    expect(tiers.get('name')?.tier).toBe(FIELD_BOOSTS.nameWords);
    expect(tiers.get('sku')?.tier).toBe(FIELD_BOOSTS.skuWords);
  });

  it('loads from its compact layout answering the same, and follows changes made after loading', () => {
    // Arrange
    const built = new CompactMiniSearch(OPTIONS);
    built.addAll(documents);
    built.discard(documents[1]!.id);
    const { bytes, ids } = built.toCompact();

    // Act
    const loaded = CompactMiniSearch.fromCompact(bytes, ids, OPTIONS);
    const before = QUERIES.map((query) => byId(loaded.matchAll(searchTerms(query), RULES)));
    loaded.replace({ ...documents[2]!, nameWords: 'zanzibar' });
    loaded.discard(documents[3]!.id);

    // Assert
    expect(isCompactIndex(bytes)).toBe(true);
    const withoutDiscarded = new CompactMiniSearch(OPTIONS);
    withoutDiscarded.addAll(documents.filter((document) => document.id !== documents[1]!.id));
    expect(CompactMiniSearch.fromCompact(bytes, ids, OPTIONS).termCount).toBe(withoutDiscarded.termCount);
    QUERIES.forEach((query, at) => expect(before[at]).toEqual(byId(built.matchAll(searchTerms(query), RULES))));
    expect([...byId(loaded.matchAll(['zanzibar'], RULES)).keys()]).toEqual([documents[2]!.id]);
    expect(byId(loaded.matchAll(searchTerms(documents[3]!.skuWords), RULES)).has(documents[3]!.id)).toBe(false);
    expect(loaded.documentCount).toBe(documents.length - 2);
  });
});

describe('search snapshots', () => {
  it('loads a snapshot in MiniSearch’s JSON layout too', () => {
    // Arrange: the layout of MiniSearch's toJSON, with the documents without their words
    const text = new MiniSearch(OPTIONS);
    text.addAll(documents);
    const withoutWords = documents.map((document) => ({ ...document, nameWords: '', skuWords: '', descriptionWords: '' }));
    const json = Buffer.from(JSON.stringify({ text: text.toJSON(), documents: withoutWords }));
    const request = checkSearchRequest({ query: 'ethiopia natural', filter: { inStock: true }, sort: 'PRICE_ASC' });

    // Act
    const loaded = ProductSearchIndex.fromSnapshot(json);

    // Assert
    const ids = (index: ProductSearchIndex) => runProductSearch(index, request).documents.map((document) => document.id);
    expect(loaded.size).toBe(documents.length);
    expect(ids(loaded)).toEqual(ids(ProductSearchIndex.fromDocuments(documents)));
    expect(ids(loaded).length).toBeGreaterThan(0);
  });
});
