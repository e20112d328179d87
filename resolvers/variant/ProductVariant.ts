import { variantTitle } from '../../data/variants';
import { availableUnits } from '../../domain/stock/availableUnits';
import type { ProductVariantResolvers } from '../../generated/graphql';

export const ProductVariant: ProductVariantResolvers = {
  id: (variant) => variant.variantId,
  title: (variant) => variantTitle(variant.selectedOptions),
  price: (variant) => ({ amount: variant.priceAmount, currency: variant.currency }),
  // units held by checkouts are not for sale until their hold expires (domain/stock/availableUnits.ts)
  stock: (variant, _args, context) => availableUnits(variant.product, variant.variantId, context.now()),
  available: (variant, _args, context) =>
    variant.status === 'ACTIVE' && variant.product.status === 'ACTIVE' && availableUnits(variant.product, variant.variantId, context.now()) > 0,
  selectedOptions: (variant) => [...variant.selectedOptions],
  lowStockThreshold: (variant) => variant.lowStockThreshold ?? null,
  product: (variant) => variant.product,
};
