import type { ProductItem } from '../../data/entities/product';
import { foldText, searchTerms } from './searchText';

/** How much of a description is searched: the start says what the product is. */
export const SEARCHED_DESCRIPTION_LENGTH = 1_000;

/** A variant as search reads it: what filters and facets need. */
export interface SearchVariant {
  readonly price: number;
  readonly stock: number;
  readonly available: boolean;
  /** Option name → value, as the variant selects them. */
  readonly options: Readonly<Record<string, string>>;
}

/** An option of a product and its values. */
export interface SearchOption {
  readonly name: string;
  readonly values: readonly string[];
}

/**
 * An active product as the search index holds it: its words (name, SKU, the start of its
 * description), already normalized so building an index only splits them, and what filters,
 * facets and sorts read. Archived products have none.
 */
export interface SearchDocument {
  readonly id: string;
  readonly sku: string;
  readonly name: string;
  /** The searchable words of the name, normalized (searchText.ts), space-separated. */
  readonly nameWords: string;
  readonly skuWords: string;
  /** The distinct searchable words of the description's start. */
  readonly descriptionWords: string;
  readonly categoryId: string;
  /** The product's own price, in minor units. */
  readonly price: number;
  readonly stock: number;
  readonly createdAt: string;
  readonly options: readonly SearchOption[];
  readonly variants: readonly SearchVariant[];
}

/** What the stream and the table give for a product: its item, with options and variants once a product has them. */
export type ProductSource = Pick<ProductItem, 'productId' | 'sku' | 'name' | 'categoryId' | 'priceAmount' | 'stock' | 'status' | 'createdAt'> & {
  readonly description?: string | null;
  readonly options?: ReadonlyArray<{ readonly name: string; readonly values: readonly string[] }> | null;
  readonly variants?: ReadonlyArray<{
    readonly price?: { readonly amount: number } | number | null;
    readonly priceAmount?: number | null;
    readonly stock?: number | null;
    readonly status?: string | null;
    readonly available?: boolean | null;
    readonly selectedOptions?: ReadonlyArray<{ readonly name: string; readonly value: string }> | null;
  }> | null;
};

/** The search document of a product, or null when search must not show it (archived). */
export function toSearchDocument(product: ProductSource): SearchDocument | null {
  if (product.status !== 'ACTIVE') return null;
  return {
    id: product.productId,
    sku: product.sku,
    name: product.name,
    nameWords: searchTerms(product.name).join(' '),
    skuWords: searchTerms(product.sku).join(' '),
    descriptionWords: [...new Set(searchTerms((product.description ?? '').slice(0, SEARCHED_DESCRIPTION_LENGTH)))].join(' '),
    categoryId: product.categoryId,
    price: product.priceAmount,
    stock: product.stock,
    createdAt: product.createdAt,
    options: (product.options ?? []).map((option) => ({ name: option.name, values: [...option.values] })),
    // as data/variants.ts reads them: a product with one variant keeps its price and stock on the
    // product itself (the entry's may be stale), and archived variants are not for sale
    variants: (product.variants && product.variants.length > 1 ? product.variants : [])
      .filter((variant) => variant.status !== 'ARCHIVED')
      .map((variant) => {
        const price = typeof variant.price === 'number' ? variant.price : (variant.price?.amount ?? variant.priceAmount ?? product.priceAmount);
        const stock = variant.stock ?? 0;
        return {
          price,
          stock,
          available: (variant.available ?? true) && stock > 0,
          options: Object.fromEntries((variant.selectedOptions ?? []).map((selected) => [selected.name, selected.value])),
        };
      }),
  };
}

/** The lowest price a shopper can buy the product at: its cheapest variant's, else its own. */
export function lowestPrice(document: SearchDocument): number {
  return document.variants.length ? Math.min(...document.variants.map((variant) => variant.price)) : document.price;
}

/** Whether a shopper can buy it now: a variant available with stock, else the product's own stock. */
export function isInStock(document: SearchDocument): boolean {
  return document.variants.length ? document.variants.some((variant) => variant.available) : document.stock > 0;
}

/** The values of each option the product offers, by folded option name: its variants' selections, else its options list. */
export function optionValues(document: SearchDocument): Map<string, { name: string; values: Set<string> }> {
  const byName = new Map<string, { name: string; values: Set<string> }>();
  const add = (name: string, value: string) => {
    const key = foldText(name);
    const entry = byName.get(key) ?? { name, values: new Set<string>() };
    entry.values.add(value);
    byName.set(key, entry);
  };
  if (document.variants.length) {
    for (const variant of document.variants) for (const [name, value] of Object.entries(variant.options)) add(name, value);
  } else {
    for (const option of document.options) for (const value of option.values) add(option.name, value);
  }
  return byName;
}
