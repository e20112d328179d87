import type { ProductSearchFilter, ProductSearchSort } from '../../generated/web/graphql';
import { formatMoney } from '../../core/money';

/** What the search page shows, as its URL holds it (so a reload or a shared link shows the same). */
export interface SearchState {
  readonly query: string;
  readonly categoryId?: string;
  readonly min?: number;
  readonly max?: number;
  readonly inStock: boolean;
  /** Option values asked for (size, colour…): a product must offer one of each option's values in one variant. */
  readonly options: readonly SearchOptionState[];
  readonly sort: ProductSearchSort;
}

/** One option's values asked for, as the URL holds them: `opt.<name>=<value>`, once per value. */
export interface SearchOptionState {
  readonly name: string;
  readonly values: readonly string[];
}

/** The URL's prefix of an option's parameter. */
export const OPTION_PARAM_PREFIX = 'opt.';
/** What the API takes at most (domain/search/searchInput.ts): a URL asking for more keeps the first ones. */
const OPTION_LIMITS = { options: 10, values: 20, length: 100 } as const;
/** Option facets are named `option:<option name>` by the API. */
const OPTION_FACET_PREFIX = 'option:';

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The options of a URL: `opt.<name>` parameters, in their order, their values without repeats; names or values that the API would refuse are left out. */
function readOptions(params: URLSearchParams): SearchOptionState[] {
  const options: Array<{ name: string; values: string[] }> = [];
  const readable = (text: string) => text.trim().length > 0 && text.length <= OPTION_LIMITS.length;
  for (const [key, value] of params) {
    if (!key.startsWith(OPTION_PARAM_PREFIX)) continue;
    const name = key.slice(OPTION_PARAM_PREFIX.length);
    if (!readable(name) || !readable(value)) continue;
    let option = options.find((candidate) => sameName(candidate.name, name));
    if (!option) {
      if (options.length === OPTION_LIMITS.options) continue;
      options.push((option = { name, values: [] }));
    }
    if (option.values.length < OPTION_LIMITS.values && !option.values.includes(value)) option.values.push(value);
  }
  return options;
}

/** The state with `value` of option `name` asked for (`selected`) or not; an option left without values is dropped. */
export function withOptionValue(state: SearchState, name: string, value: string, selected: boolean): SearchState {
  const current = state.options.find((option) => sameName(option.name, name));
  const values = (current?.values ?? []).filter((existing) => existing !== value);
  if (selected) values.push(value);
  const others = state.options.filter((option) => option !== current);
  if (!values.length) return { ...state, options: others };
  const next = { name: current?.name ?? name, values };
  return { ...state, options: current ? state.options.map((option) => (option === current ? next : option)) : [...others, next] };
}

/** One option's filter as the page shows it: its values with their counts in the results, and whether each is asked for. */
export interface OptionFacetGroup {
  readonly name: string;
  readonly values: ReadonlyArray<{ readonly value: string; readonly count: number | undefined; readonly selected: boolean }>;
}

/**
 * The option filters to show: one group per option facet of the results (`option:<name>`), then
 * any option the state asks for that the facets no longer list. A value asked for but missing
 * from its facet is still shown (count unknown), so it can be unticked.
 */
export function optionFacetGroups(
  facets: ReadonlyArray<{ readonly name: string; readonly values: ReadonlyArray<{ readonly value: string; readonly count: number }> }>,
  state: SearchState,
): OptionFacetGroup[] {
  const groups = facets
    .filter((facet) => facet.name.startsWith(OPTION_FACET_PREFIX))
    .map((facet) => {
      const name = facet.name.slice(OPTION_FACET_PREFIX.length);
      const asked = state.options.find((option) => sameName(option.name, name))?.values ?? [];
      const listed = facet.values.map(({ value, count }) => ({ value, count: count as number | undefined, selected: asked.includes(value) }));
      const missing = asked.filter((value) => !facet.values.some((listedValue) => listedValue.value === value));
      return { name, values: [...listed, ...missing.map((value) => ({ value, count: undefined, selected: true }))] };
    });
  const unlisted = state.options
    .filter((option) => !groups.some((group) => sameName(group.name, option.name)))
    .map((option) => ({ name: option.name, values: option.values.map((value) => ({ value, count: undefined, selected: true })) }));
  return [...groups, ...unlisted];
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
    options: readOptions(params),
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
  for (const option of state.options) for (const value of option.values) params.append(`${OPTION_PARAM_PREFIX}${option.name}`, value);
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
    ...(state.options.length ? { options: state.options.map((option) => ({ name: option.name, values: [...option.values] })) } : {}),
  };
  return Object.keys(filter).length ? filter : null;
}

/** A `price` facet value (`min-max`, max excluded, or `min-`) as the filter's inclusive range. */
export function priceBand(value: string): { min: number; max?: number } | undefined {
  const match = /^(\d+)-(\d*)$/.exec(value);
  if (!match) return undefined;
  return { min: Number(match[1]), ...(match[2] ? { max: Number(match[2]) - 1 } : {}) };
}

/** Whether anything but the words and the sort narrows the search. */
export function isFiltered(state: SearchState): boolean {
  return state.categoryId !== undefined || state.min !== undefined || state.max !== undefined || state.inStock || state.options.length > 0;
}

/** A `price` facet value's label in the results' currency ("$10.00 to $24.99", "€100.00 and up"); the value itself when it is not a band. */
export function priceBandLabel(value: string, currency: string): string {
  const band = priceBand(value);
  if (!band) return value;
  const money = (amount: number) => formatMoney({ amount, currency });
  return band.max === undefined ? `${money(band.min)} and up` : `${money(band.min)} to ${money(band.max)}`;
}
