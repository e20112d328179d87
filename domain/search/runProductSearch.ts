import type { ProductSearchIndex } from './ProductSearchIndex';
import { isInStock, lowestPrice, type SearchDocument } from './searchDocument';
import { searchFacets, type SearchFacet } from './searchFacets';
import type { SearchRequest } from './searchInput';
import { foldText, searchTerms } from './searchText';

/** Every result of a search in order (paging takes slices of it), and the facets of those results. */
export interface SearchResults {
  readonly documents: readonly SearchDocument[];
  readonly facets: readonly SearchFacet[];
}

type Filter = Omit<SearchRequest, 'query' | 'sort'>;

/** Whether a variant (or the product itself, when it has none) meets the price, stock and option parts of the filter. */
function offers(filter: Filter, price: number, inStock: boolean, optionOf: (name: string) => string[]): boolean {
  if (filter.minPrice !== undefined && price < filter.minPrice) return false;
  if (filter.maxPrice !== undefined && price > filter.maxPrice) return false;
  if (filter.inStock !== undefined && inStock !== filter.inStock) return false;
  return filter.options.every((option) => {
    const wanted = new Set(option.values.map(foldText));
    return optionOf(option.name).some((value) => wanted.has(foldText(value)));
  });
}

/**
 * Whether a product passes the filter: its category, then one of its variants that meets the
 * price range, stock and every option filter at once (a red shirt in size M must exist, not a red
 * one and another in M). A product without variants is judged on its own price, stock and options.
 * `inStock: false` keeps only products a shopper cannot buy now.
 */
export function passesFilter(filter: Filter, document: SearchDocument): boolean {
  if (filter.categoryIds && !filter.categoryIds.has(document.categoryId)) return false;
  if (!document.variants.length) {
    const byName = (name: string) => document.options.filter((option) => foldText(option.name) === foldText(name)).flatMap((option) => option.values);
    return offers(filter, document.price, document.stock > 0, byName);
  }
  if (filter.inStock === false) {
    // out of stock means no variant can be bought: judge the others parts on any variant
    if (isInStock(document)) return false;
    return document.variants.some((variant) =>
      offers({ ...filter, inStock: undefined }, variant.price, false, (name) => selected(variant.options, name)),
    );
  }
  return document.variants.some((variant) => offers(filter, variant.price, variant.available, (name) => selected(variant.options, name)));
}

function selected(options: Readonly<Record<string, string>>, name: string): string[] {
  const folded = foldText(name);
  return Object.entries(options).flatMap(([key, value]) => (foldText(key) === folded ? [value] : []));
}

/** Newest first, then by id: plain code-unit order (ISO times sort so), much cheaper than localeCompare. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const newestFirst = (a: SearchDocument, b: SearchDocument) => compare(b.createdAt, a.createdAt) || compare(a.id, b.id);

/**
 * Runs a search on the index: the products matching every word (all of them for an empty query),
 * those the filter lets through, in the order asked (RELEVANCE: best match first, newest among
 * equals; NEWEST for a browse without words), with the facets of exactly these results. A query
 * with characters but no searchable word (only emoji or punctuation) matches nothing.
 */
export function runProductSearch(index: ProductSearchIndex, request: SearchRequest): SearchResults {
  const browsing = request.query === '';
  if (!browsing && !searchTerms(request.query).length) return { documents: [], facets: [] };
  const scores = new Map<string, number>();
  let candidates: SearchDocument[];
  if (browsing) {
    candidates = [...index.all()];
  } else {
    candidates = [];
    for (const match of index.match(request.query)) {
      const document = index.get(match.id);
      if (!document) continue;
      scores.set(match.id, match.score);
      candidates.push(document);
    }
  }
  const documents = candidates.filter((document) => passesFilter(request, document));
  const sort = request.sort === 'RELEVANCE' && browsing ? 'NEWEST' : request.sort;
  if (sort === 'NEWEST') documents.sort(newestFirst);
  if (sort === 'PRICE_ASC' || sort === 'PRICE_DESC') {
    // each product's lowest price once, not at every comparison
    const prices = new Map(documents.map((document) => [document, lowestPrice(document)]));
    const direction = sort === 'PRICE_ASC' ? 1 : -1;
    documents.sort((a, b) => direction * (prices.get(a)! - prices.get(b)!) || newestFirst(a, b));
  }
  if (sort === 'RELEVANCE') documents.sort((a, b) => scores.get(b.id)! - scores.get(a.id)! || newestFirst(a, b));
  return { documents, facets: searchFacets(documents) };
}
