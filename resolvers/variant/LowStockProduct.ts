import type { LowStockProductResolvers } from '../../generated/graphql';

export const LowStockProduct: LowStockProductResolvers = {
  variant: ({ product, variant }) => ({ ...variant, product }),
};
