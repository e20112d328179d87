import type { AsPlainObject, Options } from 'minisearch';
import { CompactMiniSearch, isCompactIndex } from './CompactMiniSearch';
import type { SearchDocument } from './searchDocument';
import { SearchEntry } from './SearchEntry';
import { foldText, searchTerms } from './searchText';

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
 * The snapshot layout: "PSI1", then three byte lengths (u32, little-endian): the compact text
 * index, the keys (JSON: the products' ids and SKUs) and the documents (each product's JSON, one
 * after another); then the documents' start offsets (u32 each, and the end), the text index, the
 * keys and the documents.
 */
const SNAPSHOT_MAGIC = 'PSI1';
const SNAPSHOT_HEAD_BYTES = 16;

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
 */
export class ProductSearchIndex {
  private readonly products = new Map<string, SearchEntry>();
  /** Product id by folded SKU, for the exact-SKU rule. */
  private readonly skus = new Map<string, string>();

  private constructor(private readonly text: CompactMiniSearch<SearchDocument>) {}

  /** An index of these documents (a later one of the same id wins). */
  static fromDocuments(documents: Iterable<SearchDocument>): ProductSearchIndex {
    const index = new ProductSearchIndex(new CompactMiniSearch(TEXT_OPTIONS));
    const unique = new Map<string, SearchDocument>();
    for (const document of documents) unique.set(document.id, document);
    index.text.addAll([...unique.values()]);
    for (const document of unique.values()) index.remember(withoutWords(document));
    return index;
  }

  /**
   * The index a snapshot holds (`toSnapshot`'s bytes): the compact text index, whose words'
   * postings are decoded as searches reach them, then the documents without their words (JSON).
   * A snapshot in the JSON layout (MiniSearch's serialised index) loads too.
   */
  static fromSnapshot(bytes: Uint8Array): ProductSearchIndex {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (buffer.toString('latin1', 0, 4) !== SNAPSHOT_MAGIC) {
      const json = JSON.parse(buffer.toString('utf8')) as JsonSnapshot;
      const index = new ProductSearchIndex(CompactMiniSearch.fromPlainObject(json.text, TEXT_OPTIONS));
      for (const document of json.documents) index.remember(document);
      return index;
    }
    const textLength = buffer.readUInt32LE(4);
    const keysLength = buffer.readUInt32LE(8);
    const documentsLength = buffer.readUInt32LE(12);
    const { ids, skus } = JSON.parse(buffer.toString('utf8', SNAPSHOT_HEAD_BYTES, SNAPSHOT_HEAD_BYTES + keysLength)) as {
      ids: string[];
      skus: string[];
    };
    let at = SNAPSHOT_HEAD_BYTES + keysLength;
    at += (4 - (at % 4)) % 4;
    const offsetBytes = buffer.subarray(at, at + (ids.length + 1) * 4);
    const offsets =
      offsetBytes.byteOffset % 4 === 0
        ? new Uint32Array(offsetBytes.buffer, offsetBytes.byteOffset, ids.length + 1)
        : new Uint32Array(offsetBytes.buffer.slice(offsetBytes.byteOffset, offsetBytes.byteOffset + offsetBytes.byteLength));
    at += offsetBytes.length;
    const text = buffer.subarray(at, at + textLength);
    if (!isCompactIndex(text)) throw new Error('search snapshot: the text index is not in the compact layout');
    at += textLength;
    const documents = buffer.subarray(at, at + documentsLength);
    const index = new ProductSearchIndex(CompactMiniSearch.fromCompact(text, ids, TEXT_OPTIONS));
    for (let n = 0; n < ids.length; n++) {
      index.products.set(ids[n]!, SearchEntry.stored(documents, offsets[n]!, offsets[n + 1]!));
      index.skus.set(foldText(skus[n]!), ids[n]!);
    }
    return index;
  }

  /** What a snapshot stores to load this index again (uncompressed). */
  toSnapshot(): Buffer {
    const { bytes: text, ids } = this.text.toCompact();
    const documents = ids.map((id) => this.products.get(String(id))!.document);
    const keys = Buffer.from(JSON.stringify({ ids: documents.map((document) => document.id), skus: documents.map((document) => document.sku) }));
    const parts = documents.map((document) => Buffer.from(JSON.stringify(document)));
    const offsets = new Uint32Array(parts.length + 1);
    parts.forEach((part, n) => (offsets[n + 1] = offsets[n]! + part.length));
    const head = Buffer.alloc(SNAPSHOT_HEAD_BYTES);
    head.write(SNAPSHOT_MAGIC, 0, 'latin1');
    head.writeUInt32LE(text.length, 4);
    head.writeUInt32LE(keys.length, 8);
    head.writeUInt32LE(offsets[parts.length]!, 12);
    const padding = Buffer.alloc((4 - ((SNAPSHOT_HEAD_BYTES + keys.length) % 4)) % 4);
    return Buffer.concat([head, keys, padding, Buffer.from(offsets.buffer), text, ...parts]);
  }

  get size(): number {
    return this.products.size;
  }

  get(id: string): SearchDocument | undefined {
    return this.products.get(id)?.document;
  }

  /** The product with what filters, facets and sorts read of it. */
  entry(id: string): SearchEntry | undefined {
    return this.products.get(id);
  }

  /** Every product with its facts, in no particular order. */
  entries(): IterableIterator<SearchEntry> {
    return this.products.values();
  }

  /** Every product, in no particular order. */
  *all(): IterableIterator<SearchDocument> {
    for (const entry of this.products.values()) yield entry.document;
  }

  /** Adds the product, or replaces what the index held for it. */
  upsert(document: SearchDocument): void {
    const previous = this.products.get(document.id)?.document;
    if (previous) {
      this.skus.delete(foldText(previous.sku));
      this.text.replace(document);
    } else {
      this.text.add(document);
    }
    this.remember(withoutWords(document));
  }

  /** Forgets the product (archived); nothing when the index does not hold it. */
  remove(id: string): void {
    const previous = this.products.get(id)?.document;
    if (!previous) return;
    this.text.discard(id);
    this.products.delete(id);
    this.skus.delete(foldText(previous.sku));
  }

  /**
   * The products whose words match every word of the query, best first; a product whose SKU is
   * the whole query (in any case) comes first whatever its score. Empty when the query has no
   * searchable word.
   */
  match(query: string): TextMatch[] {
    const terms = searchTerms(query);
    if (!terms.length) return [];
    const matches: TextMatch[] = this.text
      .matchAll(terms, MATCH_RULES)
      .map((match) => ({ id: String(match.id), score: match.tier * TIER_WEIGHT + match.score }))
      .sort((a, b) => b.score - a.score);
    const exact = this.skus.get(foldText(query));
    if (!exact) return matches;
    const top = Math.max(0, ...matches.map((match) => match.score));
    return [{ id: exact, score: top + 1 }, ...matches.filter((match) => match.id !== exact)];
  }

  /** Holds what filters, facets and the SKU rule read (the words live in the text index). */
  private remember(document: SearchDocument): void {
    this.products.set(document.id, SearchEntry.of(document));
    this.skus.set(foldText(document.sku), document.id);
  }
}

const withoutWords = (document: SearchDocument): SearchDocument => ({ ...document, nameWords: '', skuWords: '', descriptionWords: '' });
