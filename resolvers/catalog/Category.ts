import { listProductsByCategory } from '../../data/products';
import type { CategoryResolvers } from '../../generated/graphql';
import { pageArgs } from '../pageArgs';

export const Category: CategoryResolvers = {
  id: (category) => category.categoryId,
  products: (category, { sort, first, after }, context) =>
    listProductsByCategory(context.db, { categoryId: category.categoryId, sort, ...pageArgs(context, { first, after }) }),
};
