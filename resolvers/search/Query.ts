import type { ProductItem } from '../../data/entities/product';
import { checkSearchRequest } from '../../domain/search/searchInput';
import { searchProducts } from '../../domain/search/searchProducts';
import type { QueryResolvers } from '../../generated/graphql';
import { pageArgs } from '../pageArgs';

export const Query: Pick<QueryResolvers, 'searchProducts'> = {
  async searchProducts(_parent, { query, filter, sort, first, after }, context) {
    const request = checkSearchRequest({ query, filter, sort });
    const page = await searchProducts(context.db, request, pageArgs(context, { first, after }));
    const products = await Promise.all(page.edges.map((edge) => context.loaders.product.load(edge.productId)));
    // the index can trail a write by a moment: a product archived since is left out of the page
    const edges = page.edges.flatMap((edge, position) => {
      const node = products[position];
      return node && node.status === 'ACTIVE' ? [{ cursor: edge.cursor, node: node as ProductItem }] : [];
    });
    return { ...page, edges, facets: page.facets.map((facet) => ({ name: facet.name, values: [...facet.values] })) };
  },
};
