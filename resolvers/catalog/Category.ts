import { listProductsByCategory } from '../../data/products';
import type { CategoryResolvers } from '../../generated/graphql';

export const Category: CategoryResolvers = {
  id: (category) => category.categoryId,
  products: (category, { sort, first, after }, { db }) =>
    listProductsByCategory(db, { categoryId: category.categoryId, sort, first, after }),
};
