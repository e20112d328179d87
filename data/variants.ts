import type { ProductItem } from './entities/product';

/** A variant as stored on its product (`ProductItem.variants[i]`). */
export type StoredVariant = NonNullable<ProductItem['variants']>[number];

/** An option of a product (Size: S, M, L). */
export type ProductOption = NonNullable<ProductItem['options']>[number];

/** An option value a variant selects (Size: M). */
export type SelectedOption = StoredVariant['selectedOptions'][number];

/** A variant as the rest of the code reads it: the stored one, with its position on the product and its currency. */
export interface Variant {
  readonly variantId: string;
  /** Its position in `variants`: order transactions address `variants[index]`. */
  readonly index: number;
  readonly sku: string;
  readonly priceAmount: number;
  readonly currency: string;
  readonly stock: number;
  readonly status: 'ACTIVE' | 'ARCHIVED';
  readonly selectedOptions: readonly SelectedOption[];
  readonly lowStockThreshold?: number;
}

/**
 * The variants of a product, in list order, whichever shape it is stored in:
 * - no `variants` (written before variants): one default variant whose id is the product's;
 * - one variant: its id, status and options from `variants[0]`, its SKU, price and stock from the
 *   top-level attributes, which the version before variants reads and writes (an order it places
 *   takes the top-level stock only);
 * - several: each from its entry.
 *
 * @example
 * variantsOf(product).filter((variant) => variant.status === 'ACTIVE');
 */
export function variantsOf(product: ProductItem): Variant[] {
  const stored = product.variants ?? [];
  if (stored.length <= 1) {
    const first = stored[0];
    return [
      {
        variantId: first?.variantId ?? product.productId,
        index: 0,
        sku: product.sku,
        priceAmount: product.priceAmount,
        currency: product.currency,
        stock: product.stock,
        status: first?.status ?? 'ACTIVE',
        selectedOptions: first?.selectedOptions ?? [],
        ...(first?.lowStockThreshold === undefined ? {} : { lowStockThreshold: first.lowStockThreshold }),
      },
    ];
  }
  return stored.map((variant, index) => ({ ...variant, index, currency: product.currency }));
}

/** The variant with this id, or undefined. */
export function findVariant(product: ProductItem, variantId: string): Variant | undefined {
  return variantsOf(product).find((variant) => variant.variantId === variantId);
}

/** Whether the product is stored in the shape the variants' writes use (`variants` present). */
export function hasStoredVariants(product: ProductItem): boolean {
  return product.variants !== undefined;
}

/** A variant as it is stored. */
export function storedVariant(variant: Omit<Variant, 'index' | 'currency'>): StoredVariant {
  return {
    variantId: variant.variantId,
    sku: variant.sku,
    priceAmount: variant.priceAmount,
    stock: variant.stock,
    status: variant.status,
    selectedOptions: variant.selectedOptions.map(({ name, value }) => ({ name, value })),
    ...(variant.lowStockThreshold === undefined ? {} : { lowStockThreshold: variant.lowStockThreshold }),
  };
}

/**
 * The top-level price and stock a product with these variants carries. With one variant, its own
 * (the version before variants reads them). With several, the lowest price of the active variants
 * (the price sort key, and `priceRange.min`) and the lowest stock of the active ones (the stock
 * index's sort key, so the low-stock Query finds a product with any low variant); 0 and the first
 * variant's price when none is active. The top-level SKU is the product's first SKU, fixed (its key
 * on gsi3).
 */
export function productLevelOf(variants: readonly Pick<Variant, 'priceAmount' | 'stock' | 'status'>[]): { priceAmount: number; stock: number } {
  if (variants.length === 1) return { priceAmount: variants[0]!.priceAmount, stock: variants[0]!.stock };
  const active = variants.filter((variant) => variant.status === 'ACTIVE');
  if (!active.length) return { priceAmount: variants[0]!.priceAmount, stock: 0 };
  return { priceAmount: Math.min(...active.map((variant) => variant.priceAmount)), stock: Math.min(...active.map((variant) => variant.stock)) };
}

/** "M / Red": the values a variant selects, in option order; "Default" for a variant with none. */
export function variantTitle(selectedOptions: readonly SelectedOption[]): string {
  return selectedOptions.length ? selectedOptions.map((option) => option.value).join(' / ') : 'Default';
}
