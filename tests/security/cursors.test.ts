import { randomUUID } from 'node:crypto';
import { createCursorCodec } from '../../data/cursor';
import type { CategoryItem } from '../../data/entities/category';
import type { ProductItem } from '../../data/entities/product';
import { placeOrder } from '../../domain/orders/placeOrder';
import { addReview } from '../../domain/reviews/addReview';
import { aCategory, aProduct } from '../factories/catalog';
import { TEST_CURSOR_SECRET, createHarness, type Harness } from '../helpers/handlerHarness';
import { recordSuiteCounts } from '../helpers/suiteSummary';

type Connection = { edges: Array<{ cursor: string; node: { id: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

const PRODUCTS = `query($c: ID!, $sort: ProductSort, $first: Int, $after: String) {
  products(categoryId: $c, sort: $sort, first: $first, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;
const MY_ORDERS = `query($after: String) { me { orders(first: 1, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } } }`;

/** Key names, key prefixes and the values a cursor must not give away when base64-decoded. */
const REVEALING = [
  'gsi1pk',
  'gsi1sk',
  'gsi2sk',
  '$storefront',
  'productid',
  'productId',
  'createdAt',
  'priceAmount',
  'orderId',
  'placedAt',
  'customer',
];

describe('page cursors through the Lambda handler', () => {
  let h: Harness;
  let category: CategoryItem;
  let other: CategoryItem;
  let products: ProductItem[];
  let alice: string;
  let bob: string;
  let attacks = 0;
  let leaks = 0;

  beforeAll(async () => {
    h = await createHarness({ introspection: false });
    category = await aCategory(h.db);
    other = await aCategory(h.db);
    // 1,000 products, written in batches of 25
    const now = Date.now();
    products = Array.from({ length: 1000 }, (_, index) => ({
      productId: randomUUID(),
      sku: `CUR-${index}`,
      name: `Cursor product ${index}`,
      categoryId: category.categoryId,
      priceAmount: 1000 + (index % 37),
      currency: 'USD',
      stock: 5,
      status: 'ACTIVE' as const,
      ratingCount: 0,
      ratingTotal: 0,
      version: 1,
      createdAt: new Date(now - index * 1000).toISOString(),
      updatedAt: new Date(now).toISOString(),
    }));
    await h.db.entities.product.put(products).go();
    await aProduct(h.db, other.categoryId);
    alice = h.token({ sub: 'cursor-alice' });
    bob = h.token({ sub: 'cursor-bob' });
    for (const [index, customerId] of ['cursor-alice', 'cursor-alice', 'cursor-bob', 'cursor-bob'].entries()) {
      await placeOrder(h.db, { customerId, idempotencyKey: `cursor-${index}`, items: [{ productId: products[index]!.productId, quantity: 1 }] });
    }
    for (let index = 0; index < 3; index++) {
      await addReview(h.db, { customerId: `reviewer-${index}`, productId: products[0]!.productId, rating: 4, title: `Review ${index}` });
    }
  });

  beforeEach(() => {
    h.calls.length = 0;
  });

  afterAll(() => recordSuiteCounts('security', { attacks, leaks }));

  const page = (variables: Record<string, unknown>, token?: string) =>
    h.gql<{ products: Connection }>({ query: PRODUCTS, variables: { c: category.categoryId, ...variables }, token });

  /** `before`: requests the operation makes before reaching the listing (`me` reads the profile first). */
  async function refusedCursor(variables: Record<string, unknown>, token?: string, query = PRODUCTS, before: string[] = []): Promise<string> {
    attacks++;
    h.calls.length = 0;
    const response = await h.gql({ query, variables: { c: category.categoryId, ...variables }, token });
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.body.errors?.[0]?.message).toMatch(/^Invalid cursor/);
    expect(h.calls).toEqual(before);
    return response.body.errors![0]!.message;
  }

  it('pages through 1,000 products at 100 a page, each exactly once, one Query per page', async () => {
    for (const sort of ['NEWEST', 'PRICE_ASC'] as const) {
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        h.calls.length = 0;
        const response: Awaited<ReturnType<typeof page>> = await page({ sort, first: 100, after });
        const connection = response.body.data!.products;
        seen.push(...connection.edges.map((edge) => edge.node.id));
        expect(h.calls).toEqual(['QueryCommand']);
        after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
        pages++;
      } while (after);

      expect(pages).toBe(10);
      expect(seen).toHaveLength(1000);
      expect(new Set(seen).size).toBe(1000);
    }
  });

  it('gives cursors that reveal no key names or values when base64-decoded, at most 512 characters', async () => {
    const connection = (await page({ first: 100 })).body.data!.products;
    const orders = await h.gql<{ me: { orders: Connection } }>({ query: MY_ORDERS, token: alice });
    const cursors = [...connection.edges.map((edge) => edge.cursor), orders.body.data!.me.orders.pageInfo.endCursor!];

    for (const cursor of cursors) {
      const decoded = Buffer.from(cursor, 'base64url').toString('latin1');
      const revealed = [...REVEALING, category.categoryId].filter((value) => decoded.includes(value));
      if (revealed.length) leaks++;
      expect(revealed).toEqual([]);
      expect(cursor.length).toBeLessThanOrEqual(512);
    }
  });

  it.each([
    ['garbage', 'not-a-cursor'],
    ['non-base64 characters', '!!!!'],
    ['valid base64 of JSON (the old unsigned format)', Buffer.from(JSON.stringify({ s: 'products', p: { productId: 'x' } })).toString('base64url')],
    ['a DynamoDB key', Buffer.from(JSON.stringify({ gsi1pk: '$storefront#categoryid_x', gsi1sk: 'y' })).toString('base64url')],
    ['an oversized cursor', 'A'.repeat(10_000)],
  ])('refuses %s with BAD_USER_INPUT "Invalid cursor" before any request', async (_name, after) => {
    await refusedCursor({ after });
  });

  it('refuses every edited cursor (a flipped bit anywhere)', async () => {
    const cursor = (await page({ first: 2 })).body.data!.products.pageInfo.endCursor!;
    const bytes = Buffer.from(cursor, 'base64url');

    for (const index of [0, 1, 5, 10, 25, bytes.length - 33, bytes.length - 1]) {
      const edited = Buffer.from(bytes);
      edited[index] = edited[index]! ^ 0x04;
      await refusedCursor({ first: 2, after: edited.toString('base64url') });
    }
  });

  it('refuses a cursor replayed by another caller', async () => {
    const anonymousCursor = (await page({ first: 2 })).body.data!.products.pageInfo.endCursor!;
    const aliceCursor = (await page({ first: 2 }, alice)).body.data!.products.pageInfo.endCursor!;

    expect((await page({ first: 2, after: anonymousCursor })).body.errors).toBeUndefined();
    await refusedCursor({ first: 2, after: anonymousCursor }, alice);
    await refusedCursor({ first: 2, after: aliceCursor }, bob);
    await refusedCursor({ first: 2, after: aliceCursor });
  });

  it('refuses a customer’s order cursor in another customer’s listing', async () => {
    const aliceOrders = await h.gql<{ me: { orders: Connection } }>({ query: MY_ORDERS, token: alice });
    const cursor = aliceOrders.body.data!.me.orders.pageInfo.endCursor!;

    const next = await h.gql<{ me: { orders: Connection } }>({ query: MY_ORDERS, variables: { after: cursor }, token: alice });
    await refusedCursor({ after: cursor }, bob, MY_ORDERS, ['BatchGetItemCommand']);

    expect(next.body.data!.me.orders.edges).toHaveLength(1);
    expect(next.body.data!.me.orders.edges[0]!.node.id).not.toBe(aliceOrders.body.data!.me.orders.edges[0]!.node.id);
  });

  it('refuses a cursor from another listing, sort order or operation', async () => {
    const cursor = (await page({ first: 2, sort: 'NEWEST' })).body.data!.products.pageInfo.endCursor!;
    const reviews = await h.gql<{ product: { reviews: Connection } }>({
      query: 'query($id: ID!) { product(id: $id) { reviews(first: 1) { pageInfo { endCursor } } } }',
      variables: { id: products[0]!.productId },
    });

    await refusedCursor({ first: 2, sort: 'PRICE_ASC', after: cursor });
    await refusedCursor({ first: 2, sort: 'NEWEST', after: cursor, c: other.categoryId });
    await refusedCursor({ first: 2, after: reviews.body.data!.product.reviews.pageInfo.endCursor });
  });

  it('accepts a cursor for 24 hours and refuses it after', async () => {
    const forAnonymous = (at: number) => createCursorCodec({ secret: TEST_CURSOR_SECRET, now: () => at }).forCaller(undefined);
    const position = { productId: products[9]!.productId, createdAt: products[9]!.createdAt };
    const scope = `products:${category.categoryId}:NEWEST`;
    const fresh = forAnonymous(Date.now() - 23 * 3600_000).encode(scope, position);
    const expired = forAnonymous(Date.now() - 24 * 3600_000 - 60_000).encode(scope, position);

    const accepted = await page({ first: 1, after: fresh });
    const message = await refusedCursor({ first: 1, after: expired });

    expect(accepted.body.data!.products.edges[0]!.node.id).toBe(products[10]!.productId);
    expect(message).toMatch(/expired/);
  });
});
