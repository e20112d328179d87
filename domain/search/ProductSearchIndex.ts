import type { AsPlainObject, Options } from 'minisearch';
import { CompactMiniSearch, isCompactIndex } from './CompactMiniSearch';
import type { SearchDocument } from './searchDocument';
import { SearchEntry } from './SearchEntry';
import { foldText, searchTerms } from './searchText';
import { SkuIndex } from './SkuIndex';
import { frameSections, hasMagic, unframeSections, view } from './snapshotSections';
import { StoredProducts } from './StoredProducts';
import { StringTable } from './StringTable';

/** Name matches rank above SKU matches, which rank above description matches. */
export const FIELD_BOOSTS = { nameWords: 4, skuWords: 2, descriptionWords: 1 } as const;
/** Words at least this long forgive one typo ("yirgachefe" finds Yirgacheffe). */
export const FUZZY_MIN_LENGTH = 5;
/** Words at least this long also match as the start of a longer word ("ethio" finds Ethiopia). */
export const PREFIX_MIN_LENGTH = 2;

const TEXT_FIELDS = Object.keys(FIELD_BOOSTS);

const TEXT_OPTIONS: Options<SearchDocument> = {
  idField: 'id',
  fields: TEXT_FIELDS,
  storeFields: [],
  // documents hold their words normalized and space-separated (searchDocument.ts)
  tokenize: (words) => (words ? words.split(' ') : []),
  processTerm: (term) => term,
};

/** A snapshot in the JSON layout: MiniSearch's serialised index and the documents without their words. */
interface JsonSnapshot {
  readonly text: AsPlainObject;
  readonly documents: readonly SearchDocument[];
}

/**
 * The snapshot layout, framed as `snapshotSections.ts` frames it under "PSI2": the compact text
 * index (its documents numbered 0 to n-1), the products in that order (`StoredProducts`' sections),
 * then their folded SKUs sorted (`SkuIndex`' sections).
 */
const SNAPSHOT_MAGIC = 'PSI2';
/**
 * The previous layout, still read: "PSI1", three byte lengths (u32, little-endian): the compact
 * text index, the keys (JSON: the products' ids and SKUs) and the documents (each product's JSON);
 * then the documents' start offsets (u32 each, and the end), the text index, the keys and the documents.
 */
const PSI1_MAGIC = 'PSI1';
const PSI1_HEAD_BYTES = 16;

/**
 * How a query's words match (they are normalized first, searchText.ts): each word matches the
 * same word, and words it starts (2 characters or more) or is one edit from (5 or more), weighed
 * as MiniSearch weighs them; names count 4 times, SKUs twice, descriptions once.
 */
const MATCH_RULES = {
  boosts: FIELD_BOOSTS,
  prefix: (term: string) => term.length >= PREFIX_MIN_LENGTH,
  fuzzy: (term: string) => (term.length >= FUZZY_MIN_LENGTH ? 1 : false),
} as const;

/** Scores of one tier stay below this: a match in a better field always ranks higher. */
const TIER_WEIGHT = 1_000_000;

/** A matching product and how well it matches (higher first): the best field it matched in, then BM25 with field boosts. */
export interface TextMatch {
  readonly id: string;
  readonly score: number;
}

/**
 * The catalog's active products, held in memory: their words in a MiniSearch index (BM25 with
 * field boosts, prefix and one-typo matching) and the documents that filters and facets read.
 * Upserts and removals apply one product change at a time, as the stream reports them.
 *
 * Products are held by the text index's short ids. Loaded from a snapshot, a product's entry is
 * made the first time a search reaches it, from the snapshot's columns (`StoredProducts`, whose
 * positions are the short ids); products taken since have entries of their own.
 */
export class ProductSearchIndex {
  /** By short id: entries made so far (loaded products get theirs on first use). */
  private readonly byShortId: Array<SearchEntry | undefined>;
  /** Every entry, once a browse asked for them all (until the next change). */
  private all_: SearchEntry[] | undefined;

  private constructor(
    private readonly text: CompactMiniSearch<SearchDocument>,
    private readonly skus: SkuIndex,
    private readonly stored?: StoredProducts,
  ) {
    this.byShortId = new Array<SearchEntry | undefined>(stored?.count ?? 0);
  }

  /** An index of these documents (a later one of the same id wins). */
  static fromDocuments(documents: Iterable<SearchDocument>): ProductSearchIndex {
    const index = new ProductSearchIndex(new CompactMiniSearch(TEXT_OPTIONS), SkuIndex.empty());
    const unique = new Map<string, SearchDocument>();
    for (const document of documents) unique.set(document.id, document);
    index.text.addAll([...unique.values()]);
    for (const document of unique.values()) index.remember(withoutWords(document));
    return index;
  }

  /**
   * The index a snapshot holds (`toSnapshot`'s bytes): the compact text index, whose words'
   * postings are decoded as searches reach them, and the products' columns and documents, read
   * as searches reach them. Snapshots in the previous layout (PSI1) and in the JSON layout
   * (MiniSearch's serialised index) load too, parsing every document.
   */
  static fromSnapshot(bytes: Uint8Array): ProductSearchIndex {
    if (!hasMagic(bytes, SNAPSHOT_MAGIC)) return ProductSearchIndex.fromOlderSnapshot(bytes);
    const { sections } = unframeSections(bytes, SNAPSHOT_MAGIC);
    const [text, ...rest] = sections as [Uint8Array, ...Uint8Array[]];
    const stored = StoredProducts.decode(rest.slice(0, StoredProducts.SECTIONS));
    const [skuTable, skuShortIds] = rest.slice(StoredProducts.SECTIONS) as [Uint8Array, Uint8Array];
    const skus = SkuIndex.decode(StringTable.decode(skuTable), view(Uint32Array, skuShortIds));
    return new ProductSearchIndex(CompactMiniSearch.fromCompact(text, stored.allIds(), TEXT_OPTIONS), skus, stored);
  }

  /** What a snapshot stores to load this index again (uncompressed). */
  toSnapshot(): Buffer {
    const { bytes: text, ids } = this.text.toCompact();
    const documents = ids.map((id) => this.get(String(id))!);
    const sections = [text, ...StoredProducts.encode(documents), ...SkuIndex.encode(documents.map((document) => foldText(document.sku)))];
    // 8: the prices are a Float64Array
    return frameSections(SNAPSHOT_MAGIC, { alignment: 8, sections: sections.map((section) => section.byteLength) }, sections);
  }

  get size(): number {
    return this.text.documentCount;
  }

  get(id: string): SearchDocument | undefined {
    return this.entry(id)?.document;
  }

  /** The product with what filters, facets and sorts read of it. */
  entry(id: string): SearchEntry | undefined {
    const shortId = this.text.shortIdOf(id);
    return shortId === undefined ? undefined : this.entryAt(shortId);
  }

  /** Every product with its facts, in no particular order. */
  entries(): IterableIterator<SearchEntry> {
    if (!this.all_) {
      const entries: SearchEntry[] = [];
      const end = this.text.shortIdEnd;
      for (let shortId = 0; shortId < end; shortId++) if (this.text.holds(shortId)) entries.push(this.entryAt(shortId));
      this.all_ = entries;
    }
    return this.all_.values();
  }

  /** Every product, in no particular order. */
  *all(): IterableIterator<SearchDocument> {
    for (const entry of this.entries()) yield entry.document;
  }

  /** Adds the product, or replaces what the index held for it. */
  upsert(document: SearchDocument): void {
    const shortId = this.text.shortIdOf(document.id);
    if (shortId !== undefined) {
      this.forget(shortId);
      this.text.replace(document);
    } else {
      this.text.add(document);
    }
    this.remember(withoutWords(document));
  }

  /** Forgets the product (archived); nothing when the index does not hold it. */
  remove(id: string): void {
    const shortId = this.text.shortIdOf(id);
    if (shortId === undefined) return;
    this.forget(shortId);
    this.text.discard(id);
  }

  /**
   * The products whose words match every word of the query, best first; a product whose SKU is
   * the whole query (in any case) comes first whatever its score. Empty when the query has no
   * searchable word.
   */
  match(query: string): TextMatch[] {
    return this.matchEntries(query).map(({ entry, score }) => ({ id: entry.id, score }));
  }

  /** `match` with each product's entry. */
  matchEntries(query: string): Array<{ entry: SearchEntry; score: number }> {
    const terms = searchTerms(query);
    if (!terms.length) return [];
    const matches = this.text
      .matchShortIds(terms, MATCH_RULES, (shortId, score, tier) => ({ entry: this.entryAt(shortId), score: tier * TIER_WEIGHT + score }))
      .sort((a, b) => b.score - a.score);
    const found = this.skus.find(foldText(query), (shortId) => this.text.holds(shortId));
    const exact = found && ('id' in found ? this.entry(found.id) : this.entryAt(found.shortId));
    if (!exact) return matches;
    const top = Math.max(0, ...matches.map((match) => match.score));
    return [{ entry: exact, score: top + 1 }, ...matches.filter((match) => match.entry !== exact)];
  }

  /** The entry of a short id the text index holds. */
  private entryAt(shortId: number): SearchEntry {
    return (this.byShortId[shortId] ??= SearchEntry.stored(this.stored!, shortId));
  }

  /** Holds what filters, facets and the SKU rule read (the words live in the text index). */
  private remember(document: SearchDocument): void {
    this.all_ = undefined;
    this.byShortId[this.text.shortIdOf(document.id)!] = SearchEntry.of(document);
    this.skus.set(foldText(document.sku), document.id);
  }

  /** Drops the entry of a short id about to leave the text index, and its SKU. */
  private forget(shortId: number): void {
    this.all_ = undefined;
    const previous = this.entryAt(shortId);
    this.skus.delete(foldText(previous.document.sku), previous.id);
    this.byShortId[shortId] = undefined;
  }

  /** An index of this text index and these documents (the older layouts). */
  private static withDocuments(text: CompactMiniSearch<SearchDocument>, documents: Iterable<SearchDocument>): ProductSearchIndex {
    const index = new ProductSearchIndex(text, SkuIndex.empty());
    for (const document of documents) index.remember(document);
    return index;
  }

  /** A snapshot in the PSI1 or the JSON layout: every document parsed. */
  private static fromOlderSnapshot(bytes: Uint8Array): ProductSearchIndex {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (!hasMagic(bytes, PSI1_MAGIC)) {
      const json = JSON.parse(buffer.toString('utf8')) as JsonSnapshot;
      return ProductSearchIndex.withDocuments(CompactMiniSearch.fromPlainObject(json.text, TEXT_OPTIONS), json.documents);
    }
    const textLength = buffer.readUInt32LE(4);
    const keysLength = buffer.readUInt32LE(8);
    const { ids } = JSON.parse(buffer.toString('utf8', PSI1_HEAD_BYTES, PSI1_HEAD_BYTES + keysLength)) as { ids: string[] };
    let at = PSI1_HEAD_BYTES + keysLength;
    at += (4 - (at % 4)) % 4;
    const offsets = view(Uint32Array, buffer.subarray(at, at + (ids.length + 1) * 4));
    at += (ids.length + 1) * 4;
    const text = buffer.subarray(at, at + textLength);
    if (!isCompactIndex(text)) throw new Error('search snapshot: the text index is not in the compact layout');
    at += textLength;
    const documents = ids.map((_, n) => JSON.parse(buffer.toString('utf8', at + offsets[n]!, at + offsets[n + 1]!)) as SearchDocument);
    return ProductSearchIndex.withDocuments(CompactMiniSearch.fromCompact(text, ids, TEXT_OPTIONS), documents);
  }
}

const withoutWords = (document: SearchDocument): SearchDocument => ({ ...document, nameWords: '', skuWords: '', descriptionWords: '' });
