import { isInStock, lowestPrice, optionValues, type SearchDocument } from './searchDocument';
import { foldText } from './searchText';

/** A way to buy a product (one of its variants, or the product itself when it has none), as filters read it. */
export interface SearchOffer {
  readonly price: number;
  readonly available: boolean;
  /** Folded option name → the folded values this offer has for it. */
  readonly options: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * What filters, facets and sorts read of a product, worked out once when the index takes the
 * product (not at every search): the cheapest price, whether it can be bought now, the ways to buy
 * it with their options folded, and the option values its facets count.
 */
export interface SearchFacts {
  readonly lowestPrice: number;
  readonly inStock: boolean;
  readonly offers: readonly SearchOffer[];
  /** Per option the product offers: its folded name (the facet's key), its name as written, and its values. */
  readonly optionFacets: ReadonlyArray<{ readonly key: string; readonly name: string; readonly values: readonly string[] }>;
}

function foldedOptions(pairs: Iterable<readonly [string, string]>): Map<string, Set<string>> {
  const options = new Map<string, Set<string>>();
  for (const [name, value] of pairs) {
    const key = foldText(name);
    const values = options.get(key) ?? new Set<string>();
    values.add(foldText(value));
    options.set(key, values);
  }
  return options;
}

const NO_OPTIONS: ReadonlyMap<string, ReadonlySet<string>> = new Map();

/** The facts of a product's search document. */
export function searchFactsOf(document: SearchDocument): SearchFacts {
  if (!document.variants.length && !document.options.length) {
    // most products: one way to buy them, no options
    const available = document.stock > 0;
    return { lowestPrice: document.price, inStock: available, offers: [{ price: document.price, available, options: NO_OPTIONS }], optionFacets: [] };
  }
  const offers: SearchOffer[] = document.variants.length
    ? document.variants.map((variant) => ({
        price: variant.price,
        available: variant.available,
        options: foldedOptions(Object.entries(variant.options)),
      }))
    : [
        {
          price: document.price,
          available: document.stock > 0,
          options: foldedOptions(document.options.flatMap((option) => option.values.map((value) => [option.name, value] as const))),
        },
      ];
  return {
    lowestPrice: lowestPrice(document),
    inStock: isInStock(document),
    offers,
    optionFacets: [...optionValues(document)].map(([key, { name, values }]) => ({ key, name, values: [...values] })),
  };
}
