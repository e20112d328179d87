import { variantTitle } from '../../data/variants';
import type { ProductVariantResolvers } from '../../generated/graphql';

export const ProductVariant: ProductVariantResolvers = {
  id: (variant) => variant.variantId,
  title: (variant) => variantTitle(variant.selectedOptions),
  price: (variant) => ({ amount: variant.priceAmount, currency: variant.currency }),
  available: (variant) => variant.status === 'ACTIVE' && variant.product.status === 'ACTIVE' && variant.stock > 0,
  selectedOptions: (variant) => [...variant.selectedOptions],
  lowStockThreshold: (variant) => variant.lowStockThreshold ?? null,
  product: (variant) => variant.product,
};
