import type { CategoryItem } from '../../data/entities/category';
import type { ProductItem } from '../../data/entities/product';
import { placeOrder } from '../../domain/orders/placeOrder';
import { addReview } from '../../domain/reviews/addReview';
import { aCategory, aProduct } from '../factories/catalog';
import { createHarness, type Harness } from '../helpers/handlerHarness';

type Connection = { edges: Array<{ node: { id: string } }>; pageInfo: { hasNextPage: boolean } };
const ids = (connection: Connection) => connection.edges.map((edge) => edge.node.id);

/**
 * An explicit `null` for an argument with a default means that default, whether written as a
 * literal or sent as a variable: one case per argument with a default in the schema.
 */
describe('an explicit null argument through the Lambda handler', () => {
  let h: Harness;
  let category: CategoryItem;
  let products: ProductItem[];
  let customer: string;

  beforeAll(async () => {
    h = await createHarness();
    category = await aCategory(h.db);
    products = [];
    // 22 products, oldest first, prices rising with age so that newest first is cheapest first
    for (let index = 0; index < 22; index++) {
      products.push(await aProduct(h.db, category.categoryId, { price: { amount: 5000 - index * 100, currency: 'USD' }, stock: 99 }, 100 - index));
    }
    for (let index = 0; index < 12; index++) {
      await addReview(h.db, { customerId: `null-reviewer-${index}`, productId: products[0]!.productId, rating: 4, title: `Review ${index}` });
    }
    for (let index = 0; index < 21; index++) {
      await placeOrder(h.db, {
        customerId: 'null-args-buyer',
        idempotencyKey: `null-args-${index}`,
        items: [{ productId: products[1]!.productId, quantity: 1 }],
      });
    }
    customer = h.token({ sub: 'null-args-buyer' });
  });

  const newestFirst = () => [...products].reverse().map((product) => product.productId);

  it('lists Query.products newest first for sort: null (not by price)', async () => {
    // Act
    const response = await h.gql<{ products: Connection }>({
      query: `query($id: ID!, $sort: ProductSort) { products(categoryId: $id, sort: $sort, first: 5) { edges { node { id } } pageInfo { hasNextPage } } }`,
      variables: { id: category.categoryId, sort: null },
    });

    // Assess
    expect(response.body.errors).toBeUndefined();
    expect(ids(response.body.data!.products)).toEqual(newestFirst().slice(0, 5));
  });

  it('pages Query.products by the default 20 for first: null', async () => {
    // Act
    const response = await h.gql<{ products: Connection }>({
      query: `query($id: ID!) { products(categoryId: $id, first: null) { edges { node { id } } pageInfo { hasNextPage } } }`,
      variables: { id: category.categoryId },
    });

    // Assess
    expect(response.body.errors).toBeUndefined();
    expect(ids(response.body.data!.products)).toEqual(newestFirst().slice(0, 20));
    expect(response.body.data!.products.pageInfo.hasNextPage).toBe(true);
  });

  it('lists Category.products newest first for sort: null', async () => {
    // Act
    const response = await h.gql<{ category: { products: Connection } }>({
      query: `query($id: ID!) { category(id: $id) { products(sort: null, first: 5) { edges { node { id } } pageInfo { hasNextPage } } } }`,
      variables: { id: category.categoryId },
    });

    // Assess
    expect(response.body.errors).toBeUndefined();
    expect(ids(response.body.data!.category.products)).toEqual(newestFirst().slice(0, 5));
  });

  it('pages Category.products by the default 20 for first: null', async () => {
    // Act
    const response = await h.gql<{ category: { products: Connection } }>({
      query: `query($id: ID!, $first: Int) { category(id: $id) { products(first: $first) { edges { node { id } } pageInfo { hasNextPage } } } }`,
      variables: { id: category.categoryId, first: null },
    });

    // Assess
    expect(response.body.errors).toBeUndefined();
    expect(ids(response.body.data!.category.products)).toEqual(newestFirst().slice(0, 20));
  });

  it.each([
    ['product(id) (reviews prefetched with the product)', 'product(id: $id)'],
    ['productBySku (reviews read on their own)', 'productBySku(sku: $sku)'],
  ])('pages Product.reviews by the default 10 for first: null, through %s', async (_name, lookup) => {
    // Prepare
    const [product] = products;
    const usesSku = lookup.includes('$sku');

    // Act
    const response = await h.gql<Record<string, { reviews: Connection }>>({
      query: `query(${usesSku ? '$sku: String!' : '$id: ID!'}) { found: ${lookup} { reviews(first: null) { edges { node { id } } pageInfo { hasNextPage } } } }`,
      variables: usesSku ? { sku: product!.sku } : { id: product!.productId },
    });

    // Assess
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.found!.reviews.edges).toHaveLength(10);
    expect(response.body.data!.found!.reviews.pageInfo.hasNextPage).toBe(true);
  });

  it('pages Customer.orders by the default 20 for first: null', async () => {
    // Act
    const response = await h.gql<{ me: { orders: Connection } }>({
      query: `query($first: Int) { me { orders(first: $first) { edges { node { id } } pageInfo { hasNextPage } } } }`,
      variables: { first: null },
      token: customer,
    });
    const omitted = await h.gql<{ me: { orders: Connection } }>({
      query: `query { me { orders { edges { node { id } } pageInfo { hasNextPage } } } }`,
      token: customer,
    });

    // Assess
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.me.orders.edges).toHaveLength(20);
    expect(response.body.data!.me.orders.pageInfo.hasNextPage).toBe(true);
    expect(ids(response.body.data!.me.orders)).toEqual(ids(omitted.body.data!.me.orders));
  });

  it('still refuses a page size the client did give outside 1 to 100', async () => {
    // Act
    const response = await h.gql({
      query: `query($id: ID!, $first: Int) { products(categoryId: $id, first: $first) { edges { node { id } } } }`,
      variables: { id: category.categoryId, first: 0 },
    });

    // Assess
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
