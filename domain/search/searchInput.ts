import { BadUserInputError } from '../../core/errors';
import { checkId } from '../../data/validation';
import { limits } from '../limits';
import { searchTerms } from './searchText';

/** Limits on one search, checked before anything is read. */
export const SEARCH_LIMITS = {
  /** Characters of a query; longer is refused. */
  maxQueryLength: 200,
  /** Words of a query; more is refused. */
  maxQueryTerms: 10,
  maxCategoryIds: 20,
  maxOptionFilters: 10,
  maxOptionValues: 20,
  /** Characters of an option name or value in a filter. */
  maxOptionTextLength: 100,
} as const;

export type ProductSearchSort = 'RELEVANCE' | 'PRICE_ASC' | 'PRICE_DESC' | 'NEWEST';

export interface ProductSearchFilterInput {
  readonly categoryId?: string | null;
  readonly categoryIds?: readonly string[] | null;
  readonly price?: { readonly min?: number | null; readonly max?: number | null } | null;
  readonly inStock?: boolean | null;
  readonly options?: ReadonlyArray<{ readonly name: string; readonly values: readonly string[] }> | null;
}

/** A search's checked input: the query trimmed, the filter's parts each either absent or valid. */
export interface SearchRequest {
  /** The query as typed, trimmed; empty: browse (every product the filter lets through). */
  readonly query: string;
  readonly categoryIds?: ReadonlySet<string>;
  readonly minPrice?: number;
  readonly maxPrice?: number;
  readonly inStock?: boolean;
  readonly options: ReadonlyArray<{ readonly name: string; readonly values: readonly string[] }>;
  readonly sort: ProductSearchSort;
}

function refuse(field: string, message: string): never {
  throw new BadUserInputError(`${field}: ${message}`, { details: { field } });
}

function checkPrice(field: string, value: number | null | undefined): number | undefined {
  if (value == null) return undefined;
  if (!Number.isSafeInteger(value) || value < 0 || value > limits.maxPriceAmount) {
    refuse(field, `must be a whole number of minor units from 0 to ${limits.maxPriceAmount}.`);
  }
  return value;
}

/** Checks a search's arguments: BAD_USER_INPUT names the first one that cannot be used. */
export function checkSearchRequest({
  query,
  filter,
  sort,
}: {
  query?: string | null;
  filter?: ProductSearchFilterInput | null;
  sort: ProductSearchSort;
}): SearchRequest {
  const text = (query ?? '').trim();
  if (text.length > SEARCH_LIMITS.maxQueryLength) refuse('query', `must be at most ${SEARCH_LIMITS.maxQueryLength} characters.`);
  if (searchTerms(text).length > SEARCH_LIMITS.maxQueryTerms) refuse('query', `must be at most ${SEARCH_LIMITS.maxQueryTerms} words.`);

  const ids = [...(filter?.categoryIds ?? []), ...(filter?.categoryId != null ? [filter.categoryId] : [])];
  if (ids.length > SEARCH_LIMITS.maxCategoryIds) refuse('filter.categoryIds', `must list at most ${SEARCH_LIMITS.maxCategoryIds} categories.`);
  ids.forEach((id) => checkId('filter.categoryIds', id));

  const minPrice = checkPrice('filter.price.min', filter?.price?.min);
  const maxPrice = checkPrice('filter.price.max', filter?.price?.max);
  if (minPrice !== undefined && maxPrice !== undefined && minPrice > maxPrice) refuse('filter.price', 'min must not be above max.');

  const options = filter?.options ?? [];
  if (options.length > SEARCH_LIMITS.maxOptionFilters) refuse('filter.options', `must list at most ${SEARCH_LIMITS.maxOptionFilters} options.`);
  for (const option of options) {
    const tooLong = (value: string) => value.length > SEARCH_LIMITS.maxOptionTextLength;
    if (!option.name.trim() || tooLong(option.name)) refuse('filter.options.name', `must be 1 to ${SEARCH_LIMITS.maxOptionTextLength} characters.`);
    if (!option.values.length || option.values.length > SEARCH_LIMITS.maxOptionValues || option.values.some(tooLong)) {
      refuse(
        'filter.options.values',
        `must list 1 to ${SEARCH_LIMITS.maxOptionValues} values of at most ${SEARCH_LIMITS.maxOptionTextLength} characters.`,
      );
    }
  }

  return {
    query: text,
    ...(ids.length ? { categoryIds: new Set(ids) } : {}),
    ...(minPrice !== undefined ? { minPrice } : {}),
    ...(maxPrice !== undefined ? { maxPrice } : {}),
    ...(filter?.inStock != null ? { inStock: filter.inStock } : {}),
    options,
    sort,
  };
}
