import type { ProductSearchIndex } from './ProductSearchIndex';
import type { SearchEntry } from './SearchEntry';
import type { SearchDocument } from './searchDocument';
import type { SearchOffer } from './searchFacts';
import { searchFacets, type SearchFacet } from './searchFacets';
import type { SearchRequest } from './searchInput';
import { foldText, searchTerms } from './searchText';

/** Every result of a search in order (paging takes slices of it), and the facets of those results. */
export interface SearchResults {
  /** The results' ids, in order. */
  readonly ids: readonly string[];
  /** The results' documents, in order (parsed when first read). */
  readonly documents: readonly SearchDocument[];
  readonly facets: readonly SearchFacet[];
}

type Filter = Omit<SearchRequest, 'query' | 'sort'>;

/** A filter with its option names and values folded once per search, not once per product. */
interface FoldedFilter {
  readonly categoryIds?: ReadonlySet<string>;
  readonly minPrice?: number;
  readonly maxPrice?: number;
  readonly inStock?: boolean;
  readonly options: ReadonlyArray<{ readonly key: string; readonly values: ReadonlySet<string> }>;
  /** No price, stock or option filter: every product passes but for its category. */
  readonly anyOffer: boolean;
}

const foldFilter = (filter: Filter): FoldedFilter => ({
  ...filter,
  options: filter.options.map((option) => ({ key: foldText(option.name), values: new Set(option.values.map(foldText)) })),
  anyOffer: filter.minPrice === undefined && filter.maxPrice === undefined && filter.inStock === undefined && !filter.options.length,
});

/** Whether an offer meets the price range and every option filter (stock is judged by the caller). */
function offers(filter: FoldedFilter, offer: SearchOffer): boolean {
  if (filter.minPrice !== undefined && offer.price < filter.minPrice) return false;
  if (filter.maxPrice !== undefined && offer.price > filter.maxPrice) return false;
  for (const option of filter.options) {
    const values = offer.options.get(option.key);
    if (!values) return false;
    let found = false;
    for (const value of values) if (option.values.has(value)) found = true;
    if (!found) return false;
  }
  return true;
}

function passes(filter: FoldedFilter, entry: SearchEntry): boolean {
  if (filter.categoryIds && !filter.categoryIds.has(entry.categoryId)) return false;
  // every product has an offer (a variant, or itself), and any offer passes an empty filter
  if (filter.anyOffer) return true;
  const facts = entry.facts;
  // out of stock means no way to buy it now: the other parts are judged on any variant
  if (filter.inStock === false) return !facts.inStock && facts.offers.some((offer) => offers(filter, offer));
  if (filter.inStock === true) return facts.offers.some((offer) => offer.available && offers(filter, offer));
  return facts.offers.some((offer) => offers(filter, offer));
}

/**
 * Whether a product passes the filter: its category, then one of its variants that meets the
 * price range, stock and every option filter at once (a red shirt in size M must exist, not a red
 * one and another in M). A product without variants is judged on its own price, stock and options.
 * `inStock: false` keeps only products a shopper cannot buy now.
 */
export function passesFilter(filter: Filter, entry: SearchEntry): boolean {
  return passes(foldFilter(filter), entry);
}

/** Newest first, then by id: plain code-unit order (ISO times sort so), much cheaper than localeCompare. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const newestFirst = (a: SearchEntry, b: SearchEntry) => compare(b.createdAt, a.createdAt) || compare(a.id, b.id);

/**
 * Runs a search on the index: the products matching every word (all of them for an empty query),
 * those the filter lets through, in the order asked (RELEVANCE: best match first, newest among
 * equals; NEWEST for a browse without words), with the facets of exactly these results. A query
 * with characters but no searchable word (only emoji or punctuation) matches nothing.
 */
export function runProductSearch(index: ProductSearchIndex, request: SearchRequest): SearchResults {
  const browsing = request.query === '';
  if (!browsing && !searchTerms(request.query).length) return { ids: [], documents: [], facets: [] };
  const filter = foldFilter(request);
  const results: SearchEntry[] = [];
  const sort = request.sort === 'RELEVANCE' && browsing ? 'NEWEST' : request.sort;
  // the scores of a search by relevance, which alone sorts by them
  const scores = sort === 'RELEVANCE' ? new Map<SearchEntry, number>() : undefined;
  if (browsing) {
    for (const entry of index.entries()) if (passes(filter, entry)) results.push(entry);
  } else {
    for (const { entry, score } of index.matchEntries(request.query)) {
      if (!passes(filter, entry)) continue;
      scores?.set(entry, score);
      results.push(entry);
    }
  }
  if (sort === 'NEWEST') results.sort(newestFirst);
  if (sort === 'PRICE_ASC') results.sort((a, b) => a.lowestPrice - b.lowestPrice || newestFirst(a, b));
  if (sort === 'PRICE_DESC') results.sort((a, b) => b.lowestPrice - a.lowestPrice || newestFirst(a, b));
  if (scores) results.sort((a, b) => scores.get(b)! - scores.get(a)! || newestFirst(a, b));
  let documents: SearchDocument[] | undefined;
  return {
    ids: results.map((entry) => entry.id),
    get documents() {
      return (documents ??= results.map((entry) => entry.document));
    },
    facets: searchFacets(results),
  };
}
