import type { ProductItem } from '../../data/entities/product';
import { variantsOf, type Variant } from '../../data/variants';
import { availableUnits } from '../../domain/stock/availableUnits';
import type { ProductResolvers } from '../../generated/graphql';
import { requireAdmin } from '../access';
import type { VariantModel } from '../models';

/** The variant the product-level `sku`, `price` and `stock` describe: the first active one, else the first. */
export function mainVariant(product: ProductItem): Variant {
  const variants = variantsOf(product);
  return variants.find((variant) => variant.status === 'ACTIVE') ?? variants[0]!;
}

/** The product's variants as the schema passes them on (with their product). */
export function variantModels(product: ProductItem, { includeArchived = false } = {}): VariantModel[] {
  return variantsOf(product)
    .filter((variant) => includeArchived || variant.status === 'ACTIVE')
    .map((variant) => ({ ...variant, product }));
}

/** Product's fields about options and variants: all read from the product item itself, no request of their own. */
export const productVariantFields: Pick<ProductResolvers, 'sku' | 'price' | 'stock' | 'options' | 'variants' | 'priceRange'> = {
  sku: (product) => mainVariant(product).sku,
  price: (product) => ({ amount: mainVariant(product).priceAmount, currency: product.currency }),
  stock: (product, _args, context) => availableUnits(product, mainVariant(product).variantId, context.now()),
  options: (product) => (product.options ?? []).map(({ name, values }) => ({ name, values: [...values] })),
  variants(product, { includeArchived }, context) {
    if (includeArchived) requireAdmin(context);
    return variantModels(product, { includeArchived: includeArchived === true });
  },
  priceRange(product) {
    const active = variantsOf(product).filter((variant) => variant.status === 'ACTIVE');
    const prices = (active.length ? active : [mainVariant(product)]).map((variant) => variant.priceAmount);
    const min = { amount: Math.min(...prices), currency: product.currency };
    const max = { amount: Math.max(...prices), currency: product.currency };
    return { min, max, minVariantPrice: min, maxVariantPrice: max };
  },
};
