import { createCategory } from '../../data/categories';
import { archiveProduct, createProduct, restockProduct, updateProduct } from '../../data/products';
import { checkId } from '../../data/validation';
import type { MutationResolvers } from '../../generated/graphql';
import { requireAdmin } from '../access';

export const Mutation: Pick<MutationResolvers, 'createCategory' | 'createProduct' | 'updateProduct' | 'archiveProduct' | 'restockProduct'> = {
  createCategory(_parent, { input }, context) {
    requireAdmin(context);
    return createCategory(context.db, input);
  },
  createProduct(_parent, { input }, context) {
    requireAdmin(context);
    return createProduct(context.db, input);
  },
  updateProduct(_parent, { id, input, expectedVersion }, context) {
    requireAdmin(context);
    return updateProduct(context.db, { productId: checkId('id', id), input, expectedVersion });
  },
  archiveProduct(_parent, { id }, context) {
    requireAdmin(context);
    return archiveProduct(context.db, { productId: checkId('id', id) });
  },
  restockProduct(_parent, { id, quantity }, context) {
    requireAdmin(context);
    return restockProduct(context.db, { productId: checkId('id', id), quantity });
  },
};
