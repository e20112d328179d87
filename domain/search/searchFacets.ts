import type { SearchFacts } from './searchFacts';

/** A facet: a way to narrow the results, with how many results each value holds. */
export interface SearchFacet {
  readonly name: string;
  readonly values: ReadonlyArray<{ readonly value: string; readonly count: number }>;
}

/** Price bands of the `price` facet, in minor units: `min-max` holds min ≤ price < max; the last has no max. */
export const PRICE_BANDS: ReadonlyArray<readonly [number, number | undefined]> = [
  [0, 1_000],
  [1_000, 2_500],
  [2_500, 5_000],
  [5_000, 10_000],
  [10_000, undefined],
];
/** Option facets shown at most (the options most results have). */
export const MAX_OPTION_FACETS = 5;
/** Values of one facet shown at most (the most frequent). */
export const MAX_FACET_VALUES = 20;
/** Every facet the answer can hold: category, price, inStock and the option facets. */
export const MAX_FACETS = 3 + MAX_OPTION_FACETS;
/** Option facets are named `option:<option name>`. */
export const OPTION_FACET_PREFIX = 'option:';

const bandName = ([min, max]: readonly [number, number | undefined]) => `${min}-${max ?? ''}`;
const BAND_NAMES = PRICE_BANDS.map(bandName);

/** The index in PRICE_BANDS of the band a price falls in. */
export function priceBandOf(price: number): number {
  return PRICE_BANDS.findIndex(([min, max]) => price >= min && (max === undefined || price < max));
}

/** Plain code-unit order: much cheaper than localeCompare, whose first call in a process loads the ICU collator. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Counts of values, the most frequent first (ties by value), cut to MAX_FACET_VALUES. */
function ranked(counts: Map<string, number>, keepOrder = false): Array<{ value: string; count: number }> {
  const values = [...counts].map(([value, count]) => ({ value, count }));
  if (!keepOrder) values.sort((a, b) => b.count - a.count || compare(a.value, b.value));
  return values.slice(0, MAX_FACET_VALUES);
}

const increment = (counts: Map<string, number>, value: string) => counts.set(value, (counts.get(value) ?? 0) + 1);

/**
 * The facets of a result set, counted over exactly these results (each product once per value),
 * so a facet value's count is how many results selecting it would leave: `category` by category
 * id, `price` by band of the lowest price, `inStock` ("true"/"false"), and `option:<name>` for
 * the options the results offer. Values with no result are left out.
 */
export function searchFacets(results: ReadonlyArray<{ readonly categoryId: string; readonly facts: SearchFacts }>): SearchFacet[] {
  const categories = new Map<string, number>();
  const bands = new Array<number>(PRICE_BANDS.length).fill(0);
  let inStock = 0;
  const options = new Map<string, { name: string; counts: Map<string, number>; products: number }>();
  for (const { categoryId, facts } of results) {
    increment(categories, categoryId);
    bands[priceBandOf(facts.lowestPrice)]!++;
    if (facts.inStock) inStock++;
    for (const { key, name, values } of facts.optionFacets) {
      let entry = options.get(key);
      if (!entry) options.set(key, (entry = { name, counts: new Map<string, number>(), products: 0 }));
      entry.products++;
      for (const value of values) increment(entry.counts, value);
    }
  }
  const stock = new Map<string, number>([
    ['true', inStock],
    ['false', results.length - inStock],
  ]);
  const optionFacets = [...options.values()]
    .sort((a, b) => b.products - a.products || compare(a.name, b.name))
    .slice(0, MAX_OPTION_FACETS)
    .map(({ name, counts }) => ({ name: `${OPTION_FACET_PREFIX}${name}`, values: ranked(counts) }));
  const facets: SearchFacet[] = [
    { name: 'category', values: ranked(categories) },
    { name: 'price', values: ranked(new Map(BAND_NAMES.map((band, at) => [band, bands[at]!])), true).filter((value) => value.count > 0) },
    { name: 'inStock', values: ranked(stock).filter((value) => value.count > 0) },
    ...optionFacets,
  ];
  return facets.filter((facet) => facet.values.length > 0);
}
