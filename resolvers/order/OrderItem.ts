import type { OrderItemResolvers } from '../../generated/graphql';

export const OrderItem: OrderItemResolvers = {
  product: (line, _args, { loaders }) => loaders.product.load(line.productId),
  unitPrice: (line) => ({ amount: line.unitAmount, currency: line.currency }),
};
