import { publicCustomerId } from '../../resolvers/customer/publicCustomerId';
import type { CategoryItem } from '../../data/entities/category';
import type { ProductItem } from '../../data/entities/product';
import { getProduct } from '../../data/products';
import { aCategory, aProduct } from '../factories/catalog';
import { createHarness, type Harness } from '../helpers/handlerHarness';

const PLACE = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) {
  id status total { amount currency } items { sku name quantity unitPrice { amount } product { id stock } } customer { id } } }`;

type PlacedOrder = {
  id: string;
  status: string;
  total: { amount: number; currency: string };
  items: Array<{ sku: string; quantity: number; unitPrice: { amount: number } }>;
};

describe('orders through the Lambda handler', () => {
  let h: Harness;
  let category: CategoryItem;
  let alice: string;
  let bob: string;

  beforeAll(async () => {
    h = await createHarness();
    category = await aCategory(h.db);
    alice = h.token({ sub: 'alice', email: 'alice@example.com' });
    bob = h.token({ sub: 'bob' });
  });

  beforeEach(() => {
    h.calls.length = 0;
  });

  const place = (token: string, idempotencyKey: string, items: Array<{ productId: string; quantity: number }>) =>
    h.gql<{ placeOrder: PlacedOrder }>({ query: PLACE, variables: { input: { idempotencyKey, items } }, token });

  it('prices an order from the catalog and takes it from stock with one BatchGet and one transaction', async () => {
    const mug = await aProduct(h.db, category.categoryId, { price: { amount: 1250, currency: 'EUR' }, stock: 5 });
    const tea = await aProduct(h.db, category.categoryId, { price: { amount: 300, currency: 'EUR' }, stock: 5 });
    h.calls.length = 0;

    const response = await h.gql<{ placeOrder: PlacedOrder }>({
      query: `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id status total { amount currency } } }`,
      variables: {
        input: {
          idempotencyKey: 'first-order',
          items: [
            { productId: mug.productId, quantity: 2 },
            { productId: tea.productId, quantity: 3 },
          ],
        },
      },
      token: alice,
    });

    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.placeOrder).toMatchObject({ status: 'PLACED', total: { amount: 2 * 1250 + 3 * 300, currency: 'EUR' } });
    expect(h.calls).toEqual(['BatchGetItemCommand', 'TransactWriteItemsCommand']);
    expect((await getProduct(h.db, { productId: mug.productId }))!.stock).toBe(3);
    expect((await getProduct(h.db, { productId: tea.productId }))!.stock).toBe(2);
  });

  it('merges lines for the same product', async () => {
    const product = await aProduct(h.db, category.categoryId, { stock: 10 });

    const response = await place(alice, 'merged-lines', [
      { productId: product.productId, quantity: 2 },
      { productId: product.productId, quantity: 3 },
    ]);

    expect(response.body.data!.placeOrder.items).toEqual([expect.objectContaining({ sku: product.sku, quantity: 5 })]);
    expect((await getProduct(h.db, { productId: product.productId }))!.stock).toBe(5);
  });

  it('replays the same idempotency key to the same order without writing, and refuses it for another cart', async () => {
    const product = await aProduct(h.db, category.categoryId, { stock: 10 });
    const items = [{ productId: product.productId, quantity: 4 }];
    const first = await place(alice, 'replayed-key', items);

    const replay = await place(alice, 'replayed-key', items);
    const otherCart = await place(alice, 'replayed-key', [{ productId: product.productId, quantity: 1 }]);
    const otherCustomer = await place(bob, 'replayed-key', items);

    expect(replay.body.data!.placeOrder).toEqual(first.body.data!.placeOrder);
    expect(otherCart.body.errors?.[0]?.extensions?.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(otherCustomer.body.data!.placeOrder.id).not.toBe(first.body.data!.placeOrder.id);
    expect((await getProduct(h.db, { productId: product.productId }))!.stock).toBe(10 - 4 - 4);
  });

  it('fails with OUT_OF_STOCK naming the product and writes nothing', async () => {
    const plenty = await aProduct(h.db, category.categoryId, { stock: 50 });
    const scarce = await aProduct(h.db, category.categoryId, { stock: 1 });

    const response = await place(alice, 'too-many', [
      { productId: plenty.productId, quantity: 5 },
      { productId: scarce.productId, quantity: 2 },
    ]);

    expect(response.body.errors?.[0]).toMatchObject({
      extensions: { code: 'OUT_OF_STOCK', productId: scarce.productId, sku: scarce.sku, available: 1 },
    });
    expect(response.body.errors?.[0]?.message).toContain(scarce.sku);
    expect((await getProduct(h.db, { productId: plenty.productId }))!.stock).toBe(50);
    expect((await getProduct(h.db, { productId: scarce.productId }))!.stock).toBe(1);
    const orders = await h.gql<{ me: { orders: { edges: Array<{ node: { id: string } }> } } }>({
      query: `{ me { orders(first: 100) { edges { node { id items { sku } } } } } }`,
      token: alice,
    });
    expect(JSON.stringify(orders.body.data)).not.toContain(scarce.sku);
  });

  it('rejects mixed currencies, unknown products and bad quantities with clear codes', async () => {
    const usd = await aProduct(h.db, category.categoryId, { price: { amount: 100, currency: 'USD' } });
    const eur = await aProduct(h.db, category.categoryId, { price: { amount: 100, currency: 'EUR' } });

    const mixed = await place(alice, 'mixed', [
      { productId: usd.productId, quantity: 1 },
      { productId: eur.productId, quantity: 1 },
    ]);
    const unknown = await place(alice, 'unknown', [{ productId: 'no-such-product', quantity: 1 }]);
    h.calls.length = 0;
    const zero = await place(alice, 'zero', [{ productId: usd.productId, quantity: 0 }]);
    const empty = await place(alice, 'empty', []);
    const injected = await place(alice, 'injected', [{ productId: 'abc#ORDER#x', quantity: 1 }]);

    expect(mixed.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(zero.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(empty.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(injected.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(h.calls).toEqual([]);
    expect((await getProduct(h.db, { productId: usd.productId }))!.stock).toBe(10);
  });

  // Concurrency (200 buyers for 50 units, multi-line races, one key sent 10 times) is in tests/reliability/races.test.ts.

  it('lets only the owner (or an admin) read an order; others get null, as for a missing one', async () => {
    const product = await aProduct(h.db, category.categoryId);
    const placed = await place(alice, 'private-order', [{ productId: product.productId, quantity: 1 }]);
    const id = placed.body.data!.placeOrder.id;
    const query = `query($id: ID!) { order(id: $id) { id items { sku product { id stock } } customer { id email } } }`;
    h.calls.length = 0;

    const own = await h.gql<{ order: { id: string; customer: { email: string } } }>({ query, variables: { id }, token: alice });
    expect(h.calls).toEqual(['QueryCommand', 'BatchGetItemCommand']);
    const other = await h.gql({ query, variables: { id }, token: bob });
    const admin = await h.gql<{ order: { id: string } }>({ query, variables: { id }, token: h.token({ sub: 'root', admin: true }) });
    const missing = await h.gql({ query, variables: { id: 'no-such-order' }, token: bob });
    const anonymous = await h.gql({ query, variables: { id } });

    expect(own.body.data!.order).toMatchObject({ id, customer: { id: publicCustomerId('alice'), email: 'alice@example.com' } });
    expect(other.body).toEqual({ data: { order: null } });
    expect(missing.body).toEqual({ data: { order: null } });
    expect(admin.body.data!.order.id).toBe(id);
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('cancels only the owner’s PLACED order, restoring stock once', async () => {
    const product = await aProduct(h.db, category.categoryId, { stock: 10 });
    const placed = await place(alice, 'to-cancel', [{ productId: product.productId, quantity: 3 }]);
    const id = placed.body.data!.placeOrder.id;
    const cancel = `mutation($id: ID!) { cancelOrder(id: $id) { id status items { quantity } } }`;

    const byBob = await h.gql({ query: cancel, variables: { id }, token: bob });
    expect(byBob.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await getProduct(h.db, { productId: product.productId }))!.stock).toBe(7);
    h.calls.length = 0;

    const byAlice = await h.gql<{ cancelOrder: { status: string } }>({ query: cancel, variables: { id }, token: alice });
    expect(h.calls).toEqual(['QueryCommand', 'TransactWriteItemsCommand']);
    const again = await h.gql({ query: cancel, variables: { id }, token: alice });

    expect(byAlice.body.data!.cancelOrder.status).toBe('CANCELLED');
    expect(again.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await getProduct(h.db, { productId: product.productId }))!.stock).toBe(10);
  });

  it('lists a customer’s orders newest first with their lines in one Query plus one BatchGet', async () => {
    const product = await aProduct(h.db, category.categoryId, { stock: 50 });
    const carol = h.token({ sub: 'carol' });
    const ids: string[] = [];
    for (let index = 0; index < 3; index++) {
      ids.push((await place(carol, `carol-${index}`, [{ productId: product.productId, quantity: index + 1 }])).body.data!.placeOrder.id);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    h.calls.length = 0;

    const response = await h.gql<{ me: { orders: { edges: Array<{ node: { id: string; items: Array<{ quantity: number }> } }> } } }>({
      query: `{ me { id orders(first: 2) { edges { node { id items { quantity } } } pageInfo { hasNextPage } } } }`,
      token: carol,
    });

    expect(response.body.data!.me.orders.edges.map((edge) => edge.node.id)).toEqual([ids[2], ids[1]]);
    expect(response.body.data!.me.orders.edges.map((edge) => edge.node.items[0]!.quantity)).toEqual([3, 2]);
    expect(h.calls).toEqual(['BatchGetItemCommand', 'QueryCommand', 'BatchGetItemCommand']);
  });

  it('hides another customer’s orders and email when reached through a review author', async () => {
    const product = await aProduct(h.db, category.categoryId);
    await h.gql({
      query: PLACE,
      variables: { input: { idempotencyKey: 'dave-1', items: [{ productId: product.productId, quantity: 1 }] } },
      token: h.token({ sub: 'dave' }),
    });
    await h.gql({
      query: `mutation($input: AddReviewInput!) { addReview(input: $input) { id } }`,
      variables: { input: { productId: product.productId, rating: 4, title: 'Nice' } },
      token: h.token({ sub: 'dave' }),
    });

    const response = await h.gql<{ product: { reviews: { edges: Array<{ node: { author: { id: string; email: string | null } } }> } } }>({
      query: `query($id: ID!) { product(id: $id) { reviews(first: 5) { edges { node { author { id email orders(first: 5) { edges { node { id } } } } } } } } }`,
      variables: { id: product.productId },
      token: alice,
    });

    expect(response.body.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
    expect(JSON.stringify(response.body)).not.toContain('dave-1');
  });

  describe('the price charged is the price shown', () => {
    it('places the order when every shown price is the catalog price', async () => {
      const product = await aProduct(h.db, category.categoryId, { price: { amount: 1500, currency: 'USD' }, stock: 5 });

      const response = await h.gql<{ placeOrder: PlacedOrder }>({
        query: PLACE,
        variables: {
          input: {
            idempotencyKey: 'shown-ok',
            items: [{ productId: product.productId, quantity: 1, expectedUnitPrice: { amount: 1500, currency: 'USD' } }],
          },
        },
        token: alice,
      });

      expect(response.body.errors).toBeUndefined();
      expect(response.body.data!.placeOrder.total).toEqual({ amount: 1500, currency: 'USD' });
    });

    it('writes nothing and answers CONFLICT with the current prices when a price changed, then places it at the confirmed price', async () => {
      // Prepare: the shopper saw 1500; an admin has since set 1700
      const cheap = await aProduct(h.db, category.categoryId, { price: { amount: 500, currency: 'USD' }, stock: 5 });
      const product = await aProduct(h.db, category.categoryId, { price: { amount: 1500, currency: 'USD' }, stock: 5 });
      await h.gql({
        query: `mutation { updateProduct(id: "${product.productId}", input: { price: { amount: 1700, currency: "USD" } }, expectedVersion: 1) { version } }`,
        token: h.token({ sub: 'pricing-admin', admin: true }),
      });
      const items = (shown: number) => [
        { productId: cheap.productId, quantity: 1, expectedUnitPrice: { amount: 500, currency: 'USD' } },
        { productId: product.productId, quantity: 2, expectedUnitPrice: { amount: shown, currency: 'USD' } },
      ];
      h.calls.length = 0;

      // Act
      const stale = await h.gql<{ placeOrder: PlacedOrder }>({
        query: PLACE,
        variables: { input: { idempotencyKey: 'shown-changed', items: items(1500) } },
        token: bob,
      });
      const writesAfterStale = h.calls.filter((call) => call === 'TransactWriteItemsCommand').length;
      const confirmed = await h.gql<{ placeOrder: PlacedOrder }>({
        query: PLACE,
        variables: { input: { idempotencyKey: 'shown-changed', items: items(1700) } },
        token: bob,
      });

      // Assess
      expect(stale.body.data).toBeNull();
      expect(stale.body.errors).toEqual([
        expect.objectContaining({
          extensions: expect.objectContaining({
            code: 'CONFLICT',
            currentPrices: [{ productId: product.productId, unitPrice: { amount: 1700, currency: 'USD' } }],
          }),
        }),
      ]);
      expect(writesAfterStale).toBe(0);
      expect(confirmed.body.data!.placeOrder.total).toEqual({ amount: 500 + 2 * 1700, currency: 'USD' });
      expect((await getProduct(h.db, { productId: product.productId }))!.stock).toBe(3);
    });
  });
});

export type { ProductItem };
