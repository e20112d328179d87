import type { CategoryItem } from '../../data/entities/category';
import type { ProductItem } from '../../data/entities/product';
import { addReview } from '../../domain/reviews/addReview';
import { aCategory, aProduct } from '../factories/catalog';
import { createHarness, type Harness } from '../helpers/handlerHarness';

type Edges<T> = { edges: Array<{ cursor: string; node: T }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

describe('catalog queries through the Lambda handler', () => {
  let h: Harness;
  let category: CategoryItem;
  let products: ProductItem[];

  beforeAll(async () => {
    h = await createHarness();
    category = await aCategory(h.db);
    products = [];
    // 25 products, oldest first, prices descending so price order differs from age order
    for (let index = 0; index < 25; index++) {
      products.push(await aProduct(h.db, category.categoryId, { price: { amount: 5000 - index * 100, currency: 'USD' } }, 100 - index));
    }
    for (let index = 0; index < 12; index++) {
      await addReview(
        h.db,
        { customerId: `reviewer-${index}`, productId: products[0]!.productId, rating: (index % 5) + 1, title: `Review ${index}` },
        new Date(Date.now() + index * 1000),
      );
    }
  });

  beforeEach(() => {
    h.calls.length = 0;
  });

  it('lists a category newest first in full pages, one Query per page, then a category BatchGet', async () => {
    const query = `query($id: ID!, $after: String) { products(categoryId: $id, first: 10, after: $after) {
      edges { cursor node { id name category { slug } } } pageInfo { hasNextPage endCursor } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    const pageSizes: number[] = [];
    do {
      h.calls.length = 0;
      const response: Awaited<ReturnType<Harness['gql']>> = await h.gql({ query, variables: { id: category.categoryId, after } });
      const page = (response.body.data as { products: Edges<{ id: string; category: { slug: string } }> }).products;
      pageSizes.push(page.edges.length);
      seen.push(...page.edges.map((edge) => edge.node.id));
      expect(page.edges.every((edge) => edge.node.category.slug === category.slug)).toBe(true);
      expect(h.calls).toEqual(['QueryCommand', 'BatchGetItemCommand']);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);

    expect(pageSizes).toEqual([10, 10, 5]);
    expect(seen).toEqual([...products].reverse().map((product) => product.productId));
  });

  it('sorts by price both ways', async () => {
    const query = `query($id: ID!, $sort: ProductSort) { products(categoryId: $id, sort: $sort, first: 3) { edges { node { price { amount } } } } }`;
    const asc = await h.gql<{ products: Edges<{ price: { amount: number } }> }>({ query, variables: { id: category.categoryId, sort: 'PRICE_ASC' } });
    const desc = await h.gql<{ products: Edges<{ price: { amount: number } }> }>({
      query,
      variables: { id: category.categoryId, sort: 'PRICE_DESC' },
    });

    expect(asc.body.data!.products.edges.map((edge) => edge.node.price.amount)).toEqual([2600, 2700, 2800]);
    expect(desc.body.data!.products.edges.map((edge) => edge.node.price.amount)).toEqual([5000, 4900, 4800]);
    expect(h.calls).toEqual(['QueryCommand', 'QueryCommand']);
  });

  it('serves the product page (product + newest reviews + rating) from one Query', async () => {
    const response = await h.gql<{ product: { name: string; rating: { count: number; average: number }; reviews: Edges<{ title: string }> } }>({
      query: `query($id: ID!) { product(id: $id) { name rating { count average } reviews(first: 5) { edges { node { title } } pageInfo { hasNextPage } } } }`,
      variables: { id: products[0]!.productId },
    });

    const product = response.body.data!.product;
    expect(product.reviews.edges.map((edge) => edge.node.title)).toEqual(['Review 11', 'Review 10', 'Review 9', 'Review 8', 'Review 7']);
    expect(product.reviews.pageInfo.hasNextPage).toBe(true);
    expect(product.rating).toEqual({ count: 12, average: 2.75 });
    expect(h.calls).toEqual(['QueryCommand']);
  });

  it('pages through reviews with cursors and batches their authors', async () => {
    const first = await h.gql<{ product: { reviews: Edges<{ title: string }> } }>({
      query: `query($id: ID!) { product(id: $id) { reviews(first: 10) { pageInfo { endCursor } } } }`,
      variables: { id: products[0]!.productId },
    });
    h.calls.length = 0;
    const rest = await h.gql<{ product: { reviews: Edges<{ title: string; author: { id: string } }> } }>({
      query: `query($id: ID!, $after: String) { product(id: $id) { reviews(first: 10, after: $after) { edges { node { title author { id } } } pageInfo { hasNextPage } } } }`,
      variables: { id: products[0]!.productId, after: first.body.data!.product.reviews.pageInfo.endCursor },
    });

    expect(rest.body.data!.product.reviews.edges.map((edge) => edge.node.title)).toEqual(['Review 1', 'Review 0']);
    expect(rest.body.data!.product.reviews.pageInfo.hasNextPage).toBe(false);
    expect(h.calls).toEqual(['GetItemCommand', 'QueryCommand', 'BatchGetItemCommand']);
  });

  it('finds a product by id and by SKU with one request each, and returns null for unknown ones (an unknown SKU also reads for a variant’s guard)', async () => {
    const byId = await h.gql({ query: `query($id: ID!) { product(id: $id) { sku } }`, variables: { id: products[3]!.productId } });
    const bySku = await h.gql({ query: `query($sku: String!) { productBySku(sku: $sku) { id } }`, variables: { sku: products[3]!.sku } });
    const missing = await h.gql({ query: `{ product(id: "no-such-product") { id } productBySku(sku: "NO-SUCH") { id } }` });

    expect(byId.body.data).toEqual({ product: { sku: products[3]!.sku } });
    expect(bySku.body.data).toEqual({ productBySku: { id: products[3]!.productId } });
    expect(missing.body).toEqual({ data: { product: null, productBySku: null } });
    expect(h.calls).toEqual(['GetItemCommand', 'QueryCommand', 'GetItemCommand', 'QueryCommand', 'GetItemCommand']);
  });

  it('lists categories with one Query and reads one category with one GetItem', async () => {
    const all = await h.gql<{ categories: Array<{ id: string }> }>({ query: `{ categories { id name slug } }` });
    const one = await h.gql({ query: `query($id: ID!) { category(id: $id) { slug } }`, variables: { id: category.categoryId } });

    expect(all.body.data!.categories.map((item) => item.id)).toContain(category.categoryId);
    expect(one.body.data).toEqual({ category: { slug: category.slug } });
    expect(h.calls).toEqual(['QueryCommand', 'GetItemCommand']);
  });

  it.each([0, -1, 101, 100_000])('rejects first: %i with BAD_USER_INPUT before any DynamoDB request', async (first) => {
    const response = await h.gql({
      query: `query($id: ID!, $first: Int) { products(categoryId: $id, first: $first) { edges { cursor } } }`,
      variables: { id: category.categoryId, first },
    });

    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(h.calls).toEqual([]);
  });

  it('refuses a cursor from another listing or a garbled one with BAD_USER_INPUT', async () => {
    const reviews = await h.gql<{ product: { reviews: Edges<unknown> } }>({
      query: `query($id: ID!) { product(id: $id) { reviews(first: 1) { pageInfo { endCursor } } } }`,
      variables: { id: products[0]!.productId },
    });
    const foreign = reviews.body.data!.product.reviews.pageInfo.endCursor;
    h.calls.length = 0;

    for (const after of [foreign, 'not-a-cursor', 'eyJzIjoxfQ']) {
      const response = await h.gql({
        query: `query($id: ID!, $after: String) { products(categoryId: $id, after: $after) { edges { cursor } } }`,
        variables: { id: category.categoryId, after },
      });
      expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(h.calls).toEqual([]);
  });
});
