import { listReviewsByProduct } from '../../data/reviews';
import { NotFoundError } from '../../core/errors';
import type { ProductResolvers } from '../../generated/graphql';
import { pageArgs } from '../pageArgs';
import { productVariantFields } from '../variant/productVariantFields';

export const Product: ProductResolvers = {
  id: (product) => product.productId,
  ...productVariantFields,
  async category(product, _args, { loaders }) {
    const category = await loaders.category.load(product.categoryId);
    if (!category) throw new NotFoundError(`Category "${product.categoryId}" of product "${product.productId}" was not found.`);
    return category;
  },
  rating: (product) => ({
    count: product.ratingCount,
    average: product.ratingCount ? Math.round((product.ratingTotal / product.ratingCount) * 100) / 100 : null,
  }),
  reviews(product, { first, after }, context) {
    const prefetched = product.prefetchedReviews;
    if (prefetched && prefetched.first === first && after == null) return prefetched.page;
    return listReviewsByProduct(context.db, { productId: product.productId, ...pageArgs(context, { first, after }) });
  },
};
