import { checkId } from '../../data/validation';
import { archiveProduct } from '../../domain/catalog/archiveProduct';
import { createCategory } from '../../domain/catalog/createCategory';
import { createProduct } from '../../domain/catalog/createProduct';
import { updateProduct } from '../../domain/catalog/updateProduct';
import { restockProduct } from '../../domain/stock/restockProduct';
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
