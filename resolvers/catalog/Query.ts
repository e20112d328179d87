import { getCategory, listCategories } from '../../data/categories';
import { getProduct, getProductBySku, getProductPage, listProductsByCategory } from '../../data/products';
import { checkId, checkSku } from '../../data/validation';
import { listLowStockProductPage } from '../../domain/stock/listLowStockProductPage';
import { listLowStockProducts } from '../../domain/stock/listLowStockProducts';
import type { QueryResolvers } from '../../generated/graphql';
import { requireAdmin } from '../access';
import { selectedFieldArgs } from '../lookahead';
import { pageArgs } from '../pageArgs';

export const Query: Pick<QueryResolvers, 'product' | 'productBySku' | 'products' | 'categories' | 'category' | 'lowStockProducts' | 'lowStock'> = {
  async product(_parent, { id }, context, info) {
    const { db } = context;
    const productId = checkId('id', id);
    const reviewArgs = selectedFieldArgs(info, 'Product', 'reviews');
    if (reviewArgs && reviewArgs.after == null) {
      // product and its newest reviews in one Query over the product's partition
      const first = reviewArgs.first as number;
      const { cursors, maxPageSize } = pageArgs(context, { first });
      const page = await getProductPage(db, { productId, reviewsFirst: first, cursors, maxPageSize });
      return page && { ...page.product, prefetchedReviews: { first, page: page.reviews } };
    }
    return getProduct(db, { productId });
  },
  productBySku: (_parent, { sku }, { db }) => getProductBySku(db, { sku: checkSku('sku', sku) }),
  products: (_parent, { categoryId, sort, first, after }, context) =>
    listProductsByCategory(context.db, { categoryId: checkId('categoryId', categoryId), sort, ...pageArgs(context, { first, after }) }),
  categories: (_parent, _args, { db }) => listCategories(db),
  category: (_parent, { id }, { db }) => getCategory(db, { categoryId: checkId('id', id) }),
  lowStockProducts(_parent, _args, context) {
    requireAdmin(context);
    return listLowStockProducts(context.db, { defaultThreshold: context.settings.lowStockThreshold });
  },
  lowStock(_parent, { first, after }, context) {
    requireAdmin(context);
    return listLowStockProductPage(context.db, { defaultThreshold: context.settings.lowStockThreshold, ...pageArgs(context, { first, after }) });
  },
};
