import { isInStock, lowestPrice, optionValues, type SearchDocument } from './searchDocument';

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

/** Counts of values, the most frequent first (ties by value), cut to MAX_FACET_VALUES. */
function ranked(counts: Map<string, number>, keepOrder = false): Array<{ value: string; count: number }> {
  const values = [...counts].map(([value, count]) => ({ value, count }));
  if (!keepOrder) values.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return values.slice(0, MAX_FACET_VALUES);
}

const increment = (counts: Map<string, number>, value: string) => counts.set(value, (counts.get(value) ?? 0) + 1);

/**
 * The facets of a result set, counted over exactly these results (each product once per value),
 * so a facet value's count is how many results selecting it would leave: `category` by category
 * id, `price` by band of the lowest price, `inStock` ("true"/"false"), and `option:<name>` for
 * the options the results offer. Values with no result are left out.
 */
export function searchFacets(results: readonly SearchDocument[]): SearchFacet[] {
  const categories = new Map<string, number>();
  const bands = new Map<string, number>(PRICE_BANDS.map((band) => [bandName(band), 0]));
  const stock = new Map<string, number>();
  const options = new Map<string, { name: string; counts: Map<string, number>; products: number }>();
  for (const document of results) {
    increment(categories, document.categoryId);
    const price = lowestPrice(document);
    const band = PRICE_BANDS.find(([min, max]) => price >= min && (max === undefined || price < max))!;
    increment(bands, bandName(band));
    increment(stock, String(isInStock(document)));
    for (const [key, { name, values }] of optionValues(document)) {
      const entry = options.get(key) ?? { name, counts: new Map<string, number>(), products: 0 };
      entry.products++;
      for (const value of values) increment(entry.counts, value);
      options.set(key, entry);
    }
  }
  const optionFacets = [...options.values()]
    .sort((a, b) => b.products - a.products || a.name.localeCompare(b.name))
    .slice(0, MAX_OPTION_FACETS)
    .map(({ name, counts }) => ({ name: `${OPTION_FACET_PREFIX}${name}`, values: ranked(counts) }));
  const facets: SearchFacet[] = [
    { name: 'category', values: ranked(categories) },
    { name: 'price', values: ranked(bands, true).filter((value) => value.count > 0) },
    { name: 'inStock', values: ranked(stock) },
    ...optionFacets,
  ];
  return facets.filter((facet) => facet.values.length > 0);
}
