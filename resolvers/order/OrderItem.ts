import { findVariant } from '../../data/variants';
import type { OrderItemResolvers } from '../../generated/graphql';

export const OrderItem: OrderItemResolvers = {
  product: (line, _args, { loaders }) => loaders.product.load(line.productId),
  variantId: (line) => line.variantId ?? line.productId,
  async variant(line, _args, { loaders }) {
    const product = await loaders.product.load(line.productId);
    const variant = product && findVariant(product, line.variantId ?? line.productId);
    return product && variant ? { ...variant, product } : null;
  },
  selectedOptions: (line) => (line.selectedOptions ?? []).map(({ name, value }) => ({ name, value })),
  unitPrice: (line) => ({ amount: line.unitAmount, currency: line.currency }),
};
