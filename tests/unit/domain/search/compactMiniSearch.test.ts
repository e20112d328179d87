import MiniSearch, { type Options } from 'minisearch';
import { generateSearchDocuments } from '../../../../bench/lib/searchCatalog';
import { CompactMiniSearch, isCompactIndex } from '../../../../domain/search/CompactMiniSearch';
import { FIELD_BOOSTS, ProductSearchIndex } from '../../../../domain/search/ProductSearchIndex';
import { runProductSearch } from '../../../../domain/search/runProductSearch';
import type { SearchDocument } from '../../../../domain/search/searchDocument';
import { checkSearchRequest } from '../../../../domain/search/searchInput';
import { decodeSnapshot, encodeSnapshot } from '../../../../domain/search/searchSnapshot';
import { foldText, searchTerms } from '../../../../domain/search/searchText';

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

/** A snapshot in the previous layout (PSI1): its 16-byte head, the keys (JSON), the documents' offsets, the compact text index, the documents (JSON each). */
function psi1Snapshot(all: readonly SearchDocument[]): Buffer {
  const built = new CompactMiniSearch(OPTIONS);
  built.addAll(all);
  const { bytes: text, ids } = built.toCompact();
  const stored = ids.map((id) => ({ ...all.find((document) => document.id === id)!, nameWords: '', skuWords: '', descriptionWords: '' }));
  const keys = Buffer.from(JSON.stringify({ ids, skus: stored.map((document) => document.sku) }));
  const parts = stored.map((document) => Buffer.from(JSON.stringify(document)));
  const offsets = new Uint32Array(parts.length + 1);
  parts.forEach((part, n) => (offsets[n + 1] = offsets[n]! + part.length));
  const head = Buffer.alloc(16);
  head.write('PSI1', 0, 'latin1');
  head.writeUInt32LE(text.length, 4);
  head.writeUInt32LE(keys.length, 8);
  head.writeUInt32LE(offsets[parts.length]!, 12);
  return Buffer.concat([head, keys, Buffer.alloc((4 - ((16 + keys.length) % 4)) % 4), Buffer.from(offsets.buffer), text, ...parts]);
}

/** Everything a search answers: the ids in order and the facets. */
const answer = (index: ProductSearchIndex, request: Parameters<typeof checkSearchRequest>[0]) => {
  const { ids, facets } = runProductSearch(index, checkSearchRequest(request));
  return { ids, facets };
};
const REQUESTS: ReadonlyArray<Parameters<typeof checkSearchRequest>[0]> = [
  { query: 'ethiopia natural', filter: { inStock: true }, sort: 'PRICE_ASC' },
  { query: 'ethiopia', filter: { price: { max: 2500 } }, sort: 'RELEVANCE' },
  { query: '', filter: { options: [{ name: 'size', values: ['1KG'] }] }, sort: 'NEWEST' },
  { query: '', filter: { inStock: false }, sort: 'PRICE_DESC' },
  { query: documents[7]!.sku.toLowerCase(), sort: 'RELEVANCE' },
];

describe('search snapshots', () => {
  it('answers every search as the index it was written from, and follows changes to the products it loaded', () => {
    // Arrange: one product with variants and one without, changed after loading
    const withVariants = documents.find((document) => document.variants.length > 0)!;
    const plain = documents.find((document) => document.variants.length === 0 && document.options.length === 0)!;
    const changes = [
      { ...plain, sku: 'NEW-SKU-1', nameWords: 'zanzibar', price: 99_999 },
      { ...withVariants, variants: withVariants.variants.map((variant) => ({ ...variant, available: false, stock: 0 })) },
    ];
    const built = ProductSearchIndex.fromDocuments(documents);
    const expected = REQUESTS.map((request) => answer(built, request));

    // Act
    const loaded = ProductSearchIndex.fromSnapshot(decodeSnapshot(encodeSnapshot(built)));
    const before = REQUESTS.map((request) => answer(loaded, request));
    for (const index of [built, loaded]) {
      for (const document of changes) index.upsert(document);
      index.remove(documents[7]!.id);
    }

    // Assert
    expect(before).toEqual(expected);
    expect(before[4]!.ids[0]).toBe(documents[7]!.id);
    for (const request of [
      ...REQUESTS,
      { query: 'new-sku-1', sort: 'RELEVANCE' as const },
      { query: 'zanzibar', filter: { price: { min: 99_999 } }, sort: 'PRICE_ASC' as const },
    ])
      expect(answer(loaded, request)).toEqual(answer(built, request));
    expect(answer(loaded, { query: 'NEW-SKU-1', sort: 'RELEVANCE' }).ids[0]).toBe(plain.id);
    expect(answer(loaded, { query: documents[7]!.sku, sort: 'RELEVANCE' }).ids).not.toContain(documents[7]!.id);
    expect(loaded.get(withVariants.id)?.variants.every((variant) => !variant.available)).toBe(true);
    expect(loaded.size).toBe(documents.length - 1);
  });

  it('loads a snapshot in the previous layout (PSI1) too', () => {
    // Arrange
    const built = ProductSearchIndex.fromDocuments(documents);

    // Act
    const loaded = ProductSearchIndex.fromSnapshot(psi1Snapshot(documents));

    // Assert
    expect(loaded.size).toBe(documents.length);
    for (const request of REQUESTS) expect(answer(loaded, request)).toEqual(answer(built, request));
    expect(answer(loaded, REQUESTS[0]!).ids.length).toBeGreaterThan(0);
    expect(foldText(loaded.get(documents[7]!.id)!.sku)).toBe(REQUESTS[4]!.query);
  });

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
