import type { CategoryItem } from '../../data/entities/category';
import type { ProductItem } from '../../data/entities/product';
import { archiveProduct } from '../../domain/catalog/archiveProduct';
import { aCategory, aProduct } from '../factories/catalog';
import { createHarness, type Harness } from '../helpers/handlerHarness';

type Search = {
  searchProducts: {
    edges: Array<{ cursor: string; node: { id: string; name: string; price: { amount: number } } }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    totalCount: number;
    facets: Array<{ name: string; values: Array<{ value: string; count: number }> }>;
  };
};

const SEARCH = `query($query: String, $filter: ProductSearchFilter, $sort: ProductSearchSort, $first: Int, $after: String) {
  searchProducts(query: $query, filter: $filter, sort: $sort, first: $first, after: $after) {
    edges { cursor node { id name price { amount } } }
    pageInfo { hasNextPage endCursor }
    totalCount
    facets { name values { value count } }
  }
}`;

describe('Query.searchProducts through the Lambda handler', () => {
  let h: Harness;
  let beans: CategoryItem;
  let gear: CategoryItem;
  let products: ProductItem[];

  beforeAll(async () => {
    h = await createHarness();
    beans = await aCategory(h.db);
    gear = await aCategory(h.db);
    products = [];
    for (let index = 0; index < 5; index++) {
      products.push(
        await aProduct(h.db, beans.categoryId, { name: `Ethiopia lot ${index}`, price: { amount: 1000 + index * 500, currency: 'USD' } }, 10 - index),
      );
    }
    products.push(
      await aProduct(h.db, gear.categoryId, { name: 'Pour-over kettle', sku: 'KETTLE-900', description: 'For Ethiopia and any other coffee.' }),
    );
    const archived = await aProduct(h.db, beans.categoryId, { name: 'Ethiopia archived lot' });
    await archiveProduct(h.db, { productId: archived.productId });
  });

  const search = (variables: Record<string, unknown>) => h.gql<Search>({ query: SEARCH, variables });

  it('answers the contract: edges, pageInfo, totalCount and facets that agree with the results', async () => {
    // Act
    const { statusCode, body } = await search({ query: 'ethio' });

    // Assess
    expect(statusCode).toBe(200);
    const result = body.data!.searchProducts;
    expect(result.totalCount).toBe(6);
    expect(result.edges.map((edge) => edge.node.name)).not.toContain('Ethiopia archived lot');
    expect(result.edges.at(-1)!.node.name).toBe('Pour-over kettle');
    const category = result.facets.find((facet) => facet.name === 'category')!;
    expect(Object.fromEntries(category.values.map((v) => [v.value, v.count]))).toEqual({ [beans.categoryId]: 5, [gear.categoryId]: 1 });
  });

  it('pages with cursors, and takes an explicit null as the default sort and page size', async () => {
    // Act
    const first = await search({ query: null, filter: { categoryId: beans.categoryId }, sort: 'PRICE_DESC', first: 2 });
    const next = await search({
      query: null,
      filter: { categoryId: beans.categoryId },
      sort: 'PRICE_DESC',
      first: 2,
      after: first.body.data!.searchProducts.pageInfo.endCursor,
    });
    const defaults = await search({ query: 'ethiopia', sort: null, first: null });

    // Assess
    const amounts = (response: typeof first) => response.body.data!.searchProducts.edges.map((edge) => edge.node.price.amount);
    expect(amounts(first)).toEqual([3000, 2500]);
    expect(amounts(next)).toEqual([2000, 1500]);
    expect(next.body.data!.searchProducts.pageInfo.hasNextPage).toBe(true);
    expect(defaults.body.data!.searchProducts.edges[0]!.node.name).toMatch(/^Ethiopia lot/);
    expect(defaults.body.data!.searchProducts.edges).toHaveLength(6);
  });

  it.each([
    ['a 2,000-character query', { query: 'x'.repeat(2_000) }],
    ['a negative price', { filter: { price: { min: -5 } } }],
    ['an inverted price range', { filter: { price: { min: 900, max: 100 } } }],
    ['a page size past the limit', { first: 101 }],
    ['a tampered cursor', { after: 'AAAA-not-a-cursor' }],
  ])('refuses %s with BAD_USER_INPUT, never a 5xx', async (_name, variables) => {
    // Act
    const { statusCode, body } = await search(variables);

    // Assess
    expect(statusCode).toBeLessThan(500);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a cursor of another search', async () => {
    // Prepare
    const page = await search({ query: 'ethiopia', first: 1 });

    // Act
    const { body } = await search({ query: 'kettle', first: 1, after: page.body.data!.searchProducts.pageInfo.endCursor });

    // Assess
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it.each([
    ['operators and punctuation', 'AND (ethiopia) OR "kettle"!', 0, null],
    ['emoji only', '☕☕', 0, null],
    ['an exact SKU in another case', 'kettle-900', 1, null],
    ['an unknown option', 'ethiopia', 0, { options: [{ name: 'Grind', values: ['Fine'] }] }],
  ])('answers %s with sensible results', async (_name, query, count, filter) => {
    // Act
    const { statusCode, body } = await search({ query, filter });

    // Assess
    expect(statusCode).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data!.searchProducts.totalCount).toBeGreaterThanOrEqual(count);
    if (count === 0) expect(body.data!.searchProducts.totalCount).toBe(0);
  });

  it('is answered to GET (cacheable) like the other catalog reads', async () => {
    // Act
    const { statusCode, body } = await h.gql<Search>({ query: SEARCH, variables: { query: 'kettle' }, method: 'GET' });

    // Assess
    expect(statusCode).toBe(200);
    expect(body.data!.searchProducts.edges.map((edge) => edge.node.name)).toEqual(['Pour-over kettle']);
  });
});
