import { publicCustomerId } from '../../resolvers/customer/publicCustomerId';
import type { CategoryItem } from '../../data/entities/category';
import { getProduct } from '../../data/products';
import { aCategory, aProduct, makeProductInput } from '../factories/catalog';
import { createHarness, type Harness } from '../helpers/handlerHarness';

describe('catalog administration through the Lambda handler', () => {
  let h: Harness;
  let category: CategoryItem;
  let admin: string;
  let customer: string;

  beforeAll(async () => {
    h = await createHarness();
    category = await aCategory(h.db);
    admin = h.token({ sub: 'admin-1', admin: true });
    customer = h.token({ sub: 'customer-1' });
  });

  beforeEach(() => {
    h.calls.length = 0;
  });

  const mutations = [
    ['createCategory', `mutation { createCategory(input: { name: "X", slug: "x-cat" }) { id } }`],
    [
      'createProduct',
      `mutation($c: ID!) { createProduct(input: { sku: "NEW-1", name: "N", categoryId: $c, price: { amount: 1, currency: "USD" }, stock: 1 }) { id } }`,
    ],
    ['updateProduct', `mutation($p: ID!) { updateProduct(id: $p, input: { name: "Y" }, expectedVersion: 1) { id } }`],
    ['archiveProduct', `mutation($p: ID!) { archiveProduct(id: $p) { id } }`],
    ['restockProduct', `mutation($p: ID!) { restockProduct(id: $p, quantity: 5) { id } }`],
  ] as const;

  it.each(mutations)('%s: anonymous callers get UNAUTHENTICATED, customers FORBIDDEN, and nothing is written', async (_name, query) => {
    const product = await aProduct(h.db, category.categoryId);
    h.calls.length = 0;
    const variables = { c: category.categoryId, p: product.productId };

    const anonymous = await h.gql({ query, variables });
    const asCustomer = await h.gql({ query, variables, token: customer });

    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(asCustomer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(h.calls).toEqual([]);
  });

  it('creates a category and a product in one transaction each, and refuses duplicates', async () => {
    const createdCategory = await h.gql<{ createCategory: { id: string; slug: string } }>({
      query: `mutation { createCategory(input: { name: "Kettles", slug: "kettles" }) { id slug } }`,
      token: admin,
    });
    const input = makeProductInput(createdCategory.body.data!.createCategory.id, { sku: 'KETTLE-1' });
    const createdProduct = await h.gql<{ createProduct: { id: string; version: number; status: string; stock: number } }>({
      query: `mutation($input: CreateProductInput!) { createProduct(input: $input) { id version status stock } }`,
      variables: { input },
      token: admin,
    });
    expect(h.calls).toEqual(['TransactWriteItemsCommand', 'TransactWriteItemsCommand']);

    const duplicateSlug = await h.gql({ query: `mutation { createCategory(input: { name: "Again", slug: "kettles" }) { id } }`, token: admin });
    const duplicateSku = await h.gql({
      query: `mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }`,
      variables: { input: { ...input, name: 'Another' } },
      token: admin,
    });
    const unknownCategory = await h.gql({
      query: `mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }`,
      variables: { input: makeProductInput('no-such-category') },
      token: admin,
    });

    expect(createdProduct.body.data!.createProduct).toMatchObject({ version: 1, status: 'ACTIVE', stock: input.stock });
    expect(duplicateSlug.body.errors?.[0]?.extensions?.code).toBe('SLUG_TAKEN');
    expect(duplicateSku.body.errors?.[0]?.extensions?.code).toBe('SKU_TAKEN');
    expect(unknownCategory.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('updates under optimistic locking: a stale expectedVersion gives VERSION_CONFLICT and changes nothing', async () => {
    const product = await aProduct(h.db, category.categoryId, { name: 'Original' });
    const update = `mutation($id: ID!, $v: Int!, $name: String) { updateProduct(id: $id, input: { name: $name, price: { amount: 777, currency: "USD" } }, expectedVersion: $v) { name version price { amount } } }`;
    h.calls.length = 0;

    const first = await h.gql<{ updateProduct: { name: string; version: number } }>({
      query: update,
      variables: { id: product.productId, v: 1, name: 'Renamed' },
      token: admin,
    });
    expect(h.calls).toEqual(['GetItemCommand', 'TransactWriteItemsCommand']);
    const stale = await h.gql({ query: update, variables: { id: product.productId, v: 1, name: 'Lost update' }, token: admin });

    expect(first.body.data!.updateProduct).toEqual({ name: 'Renamed', version: 2, price: { amount: 777 } });
    expect(stale.body.errors?.[0]?.extensions?.code).toBe('VERSION_CONFLICT');
    expect(await getProduct(h.db, { productId: product.productId })).toMatchObject({ name: 'Renamed', version: 2, priceAmount: 777 });
  });

  // Two concurrent updates at one version, and concurrent reviews: tests/reliability/races.test.ts.

  it('moves a product to another category and out of listings when archived', async () => {
    const other = await aCategory(h.db);
    const product = await aProduct(h.db, category.categoryId);
    const list = (categoryId: string) =>
      h.gql<{ products: { edges: Array<{ node: { id: string } }> } }>({
        query: `query($id: ID!) { products(categoryId: $id, first: 100) { edges { node { id } } } }`,
        variables: { id: categoryId },
      });

    await h.gql({
      query: `mutation($id: ID!, $c: ID!) { updateProduct(id: $id, input: { categoryId: $c }, expectedVersion: 1) { id } }`,
      variables: { id: product.productId, c: other.categoryId },
      token: admin,
    });
    const inOther = await list(other.categoryId);
    const inOld = await list(category.categoryId);
    const archived = await h.gql<{ archiveProduct: { status: string } }>({
      query: `mutation($id: ID!) { archiveProduct(id: $id) { status } }`,
      variables: { id: product.productId },
      token: admin,
    });
    const afterArchive = await list(other.categoryId);

    expect(inOther.body.data!.products.edges.map((edge) => edge.node.id)).toEqual([product.productId]);
    expect(inOld.body.data!.products.edges.map((edge) => edge.node.id)).not.toContain(product.productId);
    expect(archived.body.data!.archiveProduct.status).toBe('ARCHIVED');
    expect(afterArchive.body.data!.products.edges).toEqual([]);
  });

  it('restocks with one UpdateItem and reports unknown products as NOT_FOUND without creating them', async () => {
    const product = await aProduct(h.db, category.categoryId, { stock: 2 });
    const restock = `mutation($id: ID!, $q: Int!) { restockProduct(id: $id, quantity: $q) { stock } }`;
    h.calls.length = 0;

    const done = await h.gql<{ restockProduct: { stock: number } }>({ query: restock, variables: { id: product.productId, q: 8 }, token: admin });
    expect(h.calls).toEqual(['UpdateItemCommand']);
    const missing = await h.gql({ query: restock, variables: { id: 'no-such-product', q: 8 }, token: admin });
    const negative = await h.gql({ query: restock, variables: { id: product.productId, q: -3 }, token: admin });

    expect(done.body.data!.restockProduct.stock).toBe(10);
    expect(missing.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await getProduct(h.db, { productId: 'no-such-product' })).toBeNull();
    expect(negative.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('adds one review per customer and product, in one transaction, updating the rating', async () => {
    const product = await aProduct(h.db, category.categoryId);
    const add = `mutation($input: AddReviewInput!) { addReview(input: $input) { id rating title author { id } } }`;
    const input = { productId: product.productId, rating: 4, title: 'Solid' };
    h.calls.length = 0;

    const first = await h.gql<{ addReview: { rating: number; author: { id: string } } }>({ query: add, variables: { input }, token: customer });
    expect(h.calls).toEqual(['TransactWriteItemsCommand', 'BatchGetItemCommand']);
    const second = await h.gql({ query: add, variables: { input: { ...input, rating: 1 } }, token: h.token({ sub: 'another-customer' }) });
    const again = await h.gql({ query: add, variables: { input }, token: customer });
    const anonymous = await h.gql({ query: add, variables: { input } });
    const badRating = await h.gql({ query: add, variables: { input: { ...input, rating: 6 } }, token: h.token({ sub: 'someone' }) });

    expect(first.body.data!.addReview).toMatchObject({ rating: 4, author: { id: publicCustomerId('customer-1') } });
    expect(second.body.errors).toBeUndefined();
    expect(again.body.errors?.[0]?.extensions?.code).toBe('ALREADY_REVIEWED');
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(badRating.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await getProduct(h.db, { productId: product.productId })).toMatchObject({ ratingCount: 2, ratingTotal: 5 });
  });
});
