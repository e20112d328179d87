import type { CategoryItem } from '../../data/entities/category';
import type { ProductItem } from '../../data/entities/product';
import { aCategory, aProduct } from '../factories/catalog';
import { createHarness, type Harness } from '../helpers/handlerHarness';

type PageInfo = { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
type Connection<T> = { edges: Array<{ cursor: string; node: T }>; pageInfo: PageInfo };

const PAGE_INFO = 'pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

describe('Relay connections through the Lambda handler', () => {
  let h: Harness;
  let category: CategoryItem;
  let products: ProductItem[];
  let admin: string;

  beforeAll(async () => {
    // a table of its own: the low-stock list is every low product of the table
    h = await createHarness();
    category = await aCategory(h.db);
    admin = h.token({ sub: 'connections-admin', admin: true });
    products = [];
    // 5 products, all low on stock (the default threshold is 5): stock 0, 1, 2, 2, 4
    for (const [index, stock] of [0, 1, 2, 2, 4].entries()) {
      products.push(await aProduct(h.db, category.categoryId, { sku: `LOW-${index}`, stock }, 10 - index));
    }
  });

  describe('PageInfo', () => {
    const query = `query($id: ID!, $after: String) { products(categoryId: $id, first: 2, after: $after) { edges { cursor node { id } } ${PAGE_INFO} } }`;

    it('has no previous page on the first page, and startCursor is the first edge’s cursor', async () => {
      // Act
      const response = await h.gql<{ products: Connection<{ id: string }> }>({ query, variables: { id: category.categoryId } });

      // Assess
      const { edges, pageInfo } = response.body.data!.products;
      expect(pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: edges[0]!.cursor, endCursor: edges[1]!.cursor });
    });

    it('has a previous page after a cursor', async () => {
      // Prepare
      const first = await h.gql<{ products: Connection<{ id: string }> }>({ query, variables: { id: category.categoryId } });

      // Act
      const second = await h.gql<{ products: Connection<{ id: string }> }>({
        query,
        variables: { id: category.categoryId, after: first.body.data!.products.pageInfo.endCursor },
      });

      // Assess
      const { edges, pageInfo } = second.body.data!.products;
      expect(pageInfo.hasPreviousPage).toBe(true);
      expect(pageInfo.startCursor).toBe(edges[0]!.cursor);
    });

    it('gives null cursors for an empty page', async () => {
      // Prepare
      const empty = await aCategory(h.db);

      // Act
      const response = await h.gql<{ products: Connection<{ id: string }> }>({ query, variables: { id: empty.categoryId } });

      // Assess
      expect(response.body.data!.products.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
    });

    it('is the same on review and order connections', async () => {
      // Act
      const response = await h.gql<{ me: { orders: Connection<unknown> } }>({
        query: `{ me { orders(first: 1) { ${PAGE_INFO} } } }`,
        token: h.token({ sub: 'no-orders-yet' }),
      });
      const reviews = await h.gql<{ product: { reviews: Connection<unknown> } }>({
        query: `query($id: ID!) { product(id: $id) { reviews(first: 1) { ${PAGE_INFO} } } }`,
        variables: { id: products[0]!.productId },
      });

      // Assess
      expect(response.body.data!.me.orders.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
      expect(reviews.body.data!.product.reviews.pageInfo.hasPreviousPage).toBe(false);
    });
  });

  describe('lowStock (the low-stock list as a connection)', () => {
    const query = `query($first: Int!, $after: String) { lowStock(first: $first, after: $after) {
      edges { cursor node { threshold product { sku stock } } } ${PAGE_INFO} } }`;

    it('pages through the whole list in its order, lowest stock first then by SKU', async () => {
      // Prepare
      const seen: string[] = [];
      const previous: boolean[] = [];
      let after: string | null = null;

      // Act
      do {
        const response: Awaited<ReturnType<Harness['gql']>> = await h.gql({ query, variables: { first: 2, after }, token: admin });
        expect(response.body.errors).toBeUndefined();
        const page = (response.body.data as { lowStock: Connection<{ product: { sku: string } }> }).lowStock;
        seen.push(...page.edges.map((edge) => edge.node.product.sku));
        previous.push(page.pageInfo.hasPreviousPage);
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);

      // Assess
      expect(seen).toEqual(['LOW-0', 'LOW-1', 'LOW-2', 'LOW-3', 'LOW-4']);
      expect(previous).toEqual([false, true, true]);
    });

    it('answers the same list as the deprecated lowStockProducts', async () => {
      // Act
      const paged = await h.gql<{ lowStock: Connection<{ product: { sku: string } }> }>({ query, variables: { first: 100 }, token: admin });
      const listed = await h.gql<{ lowStockProducts: Array<{ product: { sku: string } }> }>({
        query: '{ lowStockProducts { product { sku } } }',
        token: admin,
      });

      // Assess
      expect(paged.body.data!.lowStock.edges.map((edge) => edge.node.product.sku)).toEqual(
        listed.body.data!.lowStockProducts.map((item) => item.product.sku),
      );
    });

    it('is for admins only and refuses a cursor from another list', async () => {
      // Prepare
      const products = await h.gql<{ products: Connection<unknown> }>({
        query: `query($id: ID!) { products(categoryId: $id, first: 1) { pageInfo { endCursor } } }`,
        variables: { id: category.categoryId },
        token: admin,
      });

      // Act
      const customer = await h.gql({ query, variables: { first: 2 }, token: h.token({ sub: 'shopper' }) });
      const anonymous = await h.gql({ query, variables: { first: 2 } });
      const foreign = await h.gql({ query, variables: { first: 2, after: products.body.data!.products.pageInfo.endCursor }, token: admin });
      const oversized = await h.gql({ query, variables: { first: 101 }, token: admin });

      // Assess
      expect(customer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(foreign.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(oversized.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });
});
