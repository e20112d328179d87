import { putCustomer } from '../../data/customers';
import type { CategoryItem } from '../../data/entities/category';
import type { ProductItem } from '../../data/entities/product';
import { getAliasSettings, putAliasSettings } from '../../data/aliasSettings';
import { aCategory, aProduct } from '../factories/catalog';
import type { GraphqlRequest } from '../helpers/apiGatewayEvent';
import { createHarness, type GraphqlResponse, type Harness } from '../helpers/handlerHarness';
import { recordSuiteCounts } from '../helpers/suiteSummary';

/** The same letters in the other case: "aB-1" → "Ab-1". */
const swapCase = (value: string) => [...value].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('');

type Orders = { me: { email: string | null; name: string | null; orders: { edges: Array<{ node: { id: string } }> } } };
const MY_ORDERS = '{ me { email name orders(first: 10) { edges { node { id } } } } }';
const PLACE = 'mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }';

describe('keys keep the letter case of every value that identifies something', () => {
  let h: Harness;
  let category: CategoryItem;
  let product: ProductItem;
  let attacks = 0;
  let leaks = 0;

  beforeAll(async () => {
    h = await createHarness();
    category = await aCategory(h.db);
    product = await aProduct(h.db, category.categoryId, { stock: 50 });
  });

  afterAll(() => recordSuiteCounts('security', { attacks, leaks }));

  async function probe<T = Record<string, unknown>>(request: GraphqlRequest, isLeak: (response: GraphqlResponse<T>) => boolean) {
    attacks++;
    const response = await h.gql<T>(request);
    if (isLeak(response)) leaks++;
    return response;
  }

  it('keeps customers whose ids differ only in case apart: orders, order by id, profile', async () => {
    // Prepare: "Case-Owner" has a profile and an order; "case-owner" and "CASE-OWNER" are other people
    const owner = 'Case-Owner';
    await putCustomer(h.db, { customerId: owner, email: 'owner@example.com', name: 'Owner', createdAt: new Date().toISOString() });
    const placed = await h.gql<{ placeOrder: { id: string } }>({
      query: PLACE,
      variables: { input: { idempotencyKey: 'case-1', items: [{ productId: product.productId, quantity: 1 }] } },
      token: h.token({ sub: owner }),
    });
    const orderId = placed.body.data!.placeOrder.id;

    for (const other of ['case-owner', 'CASE-OWNER', swapCase(owner)]) {
      const token = h.token({ sub: other });

      // Act
      const mine = await probe<Orders>(
        { query: MY_ORDERS, token },
        (r) => JSON.stringify(r.body).includes(orderId) || JSON.stringify(r.body).includes('owner@'),
      );
      const byId = await probe({ query: `{ order(id: "${orderId}") { id } }`, token }, (r) => JSON.stringify(r.body.data ?? {}).includes(orderId));

      // Assess
      expect(mine.body.data!.me).toEqual({ email: null, name: null, orders: { edges: [] } });
      expect(byId.body).toEqual({ data: { order: null } });
    }
    const ownView = await h.gql<Orders>({ query: MY_ORDERS, token: h.token({ sub: owner }) });
    expect(ownView.body.data!.me).toEqual({ email: 'owner@example.com', name: 'Owner', orders: { edges: [{ node: { id: orderId } }] } });
  });

  it('finds no order, product or category under an id in another case', async () => {
    // Prepare
    const owner = h.token({ sub: 'order-owner' });
    const placed = await h.gql<{ placeOrder: { id: string } }>({
      query: PLACE,
      variables: { input: { idempotencyKey: 'case-2', items: [{ productId: product.productId, quantity: 1 }] } },
      token: owner,
    });
    const orderId = placed.body.data!.placeOrder.id;
    expect(swapCase(orderId)).not.toBe(orderId);

    // Act
    const order = await probe({ query: `{ order(id: "${swapCase(orderId)}") { id } }`, token: owner }, (r) => r.body.data?.order != null);
    const byProduct = await probe({ query: `{ product(id: "${product.productId.toUpperCase()}") { id } }` }, (r) => r.body.data?.product != null);
    const byCategory = await probe(
      { query: `{ category(id: "${category.categoryId.toUpperCase()}") { id } }` },
      (r) => r.body.data?.category != null,
    );
    const listing = await probe<{ products: { edges: unknown[] } }>(
      { query: `{ products(categoryId: "${category.categoryId.toUpperCase()}") { edges { node { id } } } }` },
      (r) => (r.body.data?.products.edges.length ?? 0) > 0,
    );

    // Assess
    expect(order.body).toEqual({ data: { order: null } });
    expect(byProduct.body.data).toEqual({ product: null });
    expect(byCategory.body.data).toEqual({ category: null });
    expect(listing.body.data!.products.edges).toEqual([]);
  });

  it('treats idempotency keys that differ only in case as different orders', async () => {
    const token = h.token({ sub: 'key-caser' });
    const place = (idempotencyKey: string) =>
      h.gql<{ placeOrder: { id: string } }>({
        query: PLACE,
        variables: { input: { idempotencyKey, items: [{ productId: product.productId, quantity: 1 }] } },
        token,
      });

    const lower = await place('checkout-abc');
    const upper = await place('CHECKOUT-ABC');
    const again = await place('checkout-abc');

    expect(lower.body.data!.placeOrder.id).not.toBe(upper.body.data!.placeOrder.id);
    expect(again.body.data!.placeOrder.id).toBe(lower.body.data!.placeOrder.id);
  });

  it('lets customers whose ids differ only in case each review a product once', async () => {
    const review = (sub: string) =>
      h.gql<{ addReview: { id: string } }>({
        query: 'mutation($input: AddReviewInput!) { addReview(input: $input) { id author { id } } }',
        variables: { input: { productId: product.productId, rating: 4, title: `From ${sub}` } },
        token: h.token({ sub }),
      });

    const [mixed, lower, again] = [await review('Reviewer-X'), await review('reviewer-x'), await review('Reviewer-X')];

    expect(mixed.body.errors).toBeUndefined();
    expect(lower.body.errors).toBeUndefined();
    expect(again.body.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'ALREADY_REVIEWED' }) })]);
  });

  it('keeps the runtime settings of aliases that differ only in case apart', async () => {
    await putAliasSettings(h.db, { alias: 'Canary', settings: { readOnly: true }, expectedRevision: 0 });

    expect(await getAliasSettings(h.db, { alias: 'canary' })).toBeNull();
    expect((await getAliasSettings(h.db, { alias: 'Canary' }))?.settings).toEqual({ readOnly: true });
  });

  describe('where case does not matter, by rule', () => {
    it('claims a SKU once in any case, finds it in any case, and keeps it as entered', async () => {
      const admin = h.token({ sub: 'sku-admin', admin: true });
      const create = (sku: string) =>
        h.gql<{ createProduct: { sku: string } }>({
          query: 'mutation($input: CreateProductInput!) { createProduct(input: $input) { sku } }',
          variables: { input: { sku, name: 'Cased', categoryId: category.categoryId, price: { amount: 100, currency: 'USD' }, stock: 1 } },
          token: admin,
        });
      const sku = `Mixed-Case-${Date.now()}`;

      const created = await create(sku);
      const duplicate = await create(sku.toUpperCase());
      const found = await h.gql<{ productBySku: { sku: string } | null }>({ query: `{ productBySku(sku: "${sku.toLowerCase()}") { sku } }` });

      expect(created.body.data!.createProduct.sku).toBe(sku);
      expect(duplicate.body.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'SKU_TAKEN' }) })]);
      expect(found.body.data!.productBySku).toEqual({ sku });
    });

    it('accepts category slugs in lower case only, so two slugs never differ only in case', async () => {
      const response = await h.gql({
        query: 'mutation { createCategory(input: { name: "Shouting", slug: "Shouting-Slug" }) { id } }',
        token: h.token({ sub: 'slug-admin', admin: true }),
      });

      expect(response.body.errors).toEqual([
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'slug' }) }),
      ]);
    });
  });
});
