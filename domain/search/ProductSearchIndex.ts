import MiniSearch, { type AsPlainObject, type Options, type SearchOptions } from 'minisearch';
import type { SearchDocument } from './searchDocument';
import { foldText, normalizeTerm, searchTerms, tokenize } from './searchText';

/** Name matches rank above SKU matches, which rank above description matches. */
export const FIELD_BOOSTS = { nameWords: 4, skuWords: 2, descriptionWords: 1 } as const;
/** Words at least this long forgive one typo ("yirgachefe" finds Yirgacheffe). */
export const FUZZY_MIN_LENGTH = 5;
/** Words at least this long also match as the start of a longer word ("ethio" finds Ethiopia). */
export const PREFIX_MIN_LENGTH = 2;

const TEXT_FIELDS = Object.keys(FIELD_BOOSTS);

const SEARCH_OPTIONS: SearchOptions = {
  // what the shopper typed is normalized here; the documents' words already are
  tokenize: (text) => tokenize(text),
  processTerm: (term) => normalizeTerm(term),
  boost: { ...FIELD_BOOSTS },
  combineWith: 'AND',
  prefix: (term) => term.length >= PREFIX_MIN_LENGTH,
  fuzzy: (term) => (term.length >= FUZZY_MIN_LENGTH ? 1 : false),
  maxFuzzy: 1,
};

const TEXT_OPTIONS: Options<SearchDocument> = {
  idField: 'id',
  fields: TEXT_FIELDS,
  storeFields: [],
  // documents hold their words normalized and space-separated (searchDocument.ts)
  tokenize: (words) => (words ? words.split(' ') : []),
  processTerm: (term) => term,
  searchOptions: SEARCH_OPTIONS,
};

/**
 * What a snapshot stores: the text index as MiniSearch serialises it (loading it skips every
 * word's indexing) and the documents without their words (filters and facets read the rest).
 */
export interface IndexSnapshot {
  readonly text: AsPlainObject;
  readonly documents: readonly SearchDocument[];
}

/** Scores of one tier stay below this: a match in a better field always ranks higher. */
const TIER_WEIGHT = 1_000_000;

/**
 * The best field a product matched the query in, as its boost: whatever BM25 makes of rare and
 * common words, a name match ranks above a SKU match, which ranks above a description match.
 */
function fieldTier(match: Record<string, string[]>): number {
  let tier = 0;
  for (const fields of Object.values(match)) for (const field of fields) tier = Math.max(tier, FIELD_BOOSTS[field as keyof typeof FIELD_BOOSTS] ?? 0);
  return tier;
}

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
  private readonly documents = new Map<string, SearchDocument>();
  /** Product id by folded SKU, for the exact-SKU rule. */
  private readonly skus = new Map<string, string>();

  private constructor(private readonly text: MiniSearch<SearchDocument>) {}

  /** An index of these documents (a later one of the same id wins). */
  static fromDocuments(documents: Iterable<SearchDocument>): ProductSearchIndex {
    const index = new ProductSearchIndex(new MiniSearch(TEXT_OPTIONS));
    const unique = new Map<string, SearchDocument>();
    for (const document of documents) unique.set(document.id, document);
    index.text.addAll([...unique.values()]);
    for (const document of unique.values()) index.remember(withoutWords(document));
    return index;
  }

  /** The index a snapshot holds. */
  static fromSnapshot(snapshot: IndexSnapshot): ProductSearchIndex {
    const index = new ProductSearchIndex(MiniSearch.loadJS(snapshot.text, TEXT_OPTIONS));
    for (const document of snapshot.documents) index.remember(document);
    return index;
  }

  /** What a snapshot stores to load this index again. */
  toSnapshot(): IndexSnapshot {
    return { text: this.text.toJSON(), documents: [...this.documents.values()] };
  }

  get size(): number {
    return this.documents.size;
  }

  get(id: string): SearchDocument | undefined {
    return this.documents.get(id);
  }

  /** Every product, in no particular order. */
  all(): IterableIterator<SearchDocument> {
    return this.documents.values();
  }

  /** Adds the product, or replaces what the index held for it. */
  upsert(document: SearchDocument): void {
    const previous = this.documents.get(document.id);
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
    const previous = this.documents.get(id);
    if (!previous) return;
    this.text.discard(id);
    this.documents.delete(id);
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
      .search(terms.join(' '))
      .map((result) => ({ id: String(result.id), score: fieldTier(result.match) * TIER_WEIGHT + result.score }))
      .sort((a, b) => b.score - a.score);
    const exact = this.skus.get(foldText(query));
    if (!exact) return matches;
    const top = Math.max(0, ...matches.map((match) => match.score));
    return [{ id: exact, score: top + 1 }, ...matches.filter((match) => match.id !== exact)];
  }

  /** Holds what filters, facets and the SKU rule read (the words live in the text index). */
  private remember(document: SearchDocument): void {
    this.documents.set(document.id, document);
    this.skus.set(foldText(document.sku), document.id);
  }
}

const withoutWords = (document: SearchDocument): SearchDocument => ({ ...document, nameWords: '', skuWords: '', descriptionWords: '' });
