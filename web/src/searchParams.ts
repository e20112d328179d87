import type { ProductSearchFilter, ProductSearchSort } from '../../generated/web/graphql';

/** What the search page shows, as its URL holds it (so a reload or a shared link shows the same). */
export interface SearchState {
  readonly query: string;
  readonly categoryId?: string;
  readonly min?: number;
  readonly max?: number;
  readonly inStock: boolean;
  readonly sort: ProductSearchSort;
}

export const SEARCH_SORTS: ReadonlyArray<{ value: ProductSearchSort; label: string }> = [
  { value: 'RELEVANCE', label: 'Best match' },
  { value: 'NEWEST', label: 'Newest' },
  { value: 'PRICE_ASC', label: 'Price, low to high' },
  { value: 'PRICE_DESC', label: 'Price, high to low' },
];

const amount = (value: string | null) => (value !== null && /^\d{1,9}$/.test(value) ? Number(value) : undefined);

/** The search state of a URL's query string; anything unreadable is left out. */
export function readSearchState(params: URLSearchParams): SearchState {
  const sort = SEARCH_SORTS.find((option) => option.value === params.get('sort'))?.value ?? 'RELEVANCE';
  const categoryId = params.get('category') ?? undefined;
  return {
    query: params.get('q') ?? '',
    ...(categoryId ? { categoryId } : {}),
    ...(amount(params.get('min')) !== undefined ? { min: amount(params.get('min')) } : {}),
    ...(amount(params.get('max')) !== undefined ? { max: amount(params.get('max')) } : {}),
    inStock: params.get('instock') === '1',
    sort,
  };
}

/** The query string of a search state (defaults left out). */
export function searchStateParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  if (state.categoryId) params.set('category', state.categoryId);
  if (state.min !== undefined) params.set('min', String(state.min));
  if (state.max !== undefined) params.set('max', String(state.max));
  if (state.inStock) params.set('instock', '1');
  if (state.sort !== 'RELEVANCE') params.set('sort', state.sort);
  return params;
}

/** The API's filter for a search state; null when nothing narrows the search. */
export function searchFilter(state: SearchState): ProductSearchFilter | null {
  const price = state.min !== undefined || state.max !== undefined ? { min: state.min ?? null, max: state.max ?? null } : undefined;
  const filter: ProductSearchFilter = {
    ...(state.categoryId ? { categoryId: state.categoryId } : {}),
    ...(price ? { price } : {}),
    ...(state.inStock ? { inStock: true } : {}),
  };
  return Object.keys(filter).length ? filter : null;
}

/** A `price` facet value (`min-max`, max excluded, or `min-`) as the filter's inclusive range. */
export function priceBand(value: string): { min: number; max?: number } | undefined {
  const match = /^(\d+)-(\d*)$/.exec(value);
  if (!match) return undefined;
  return { min: Number(match[1]), ...(match[2] ? { max: Number(match[2]) - 1 } : {}) };
}
