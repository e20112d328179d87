import type { CategoryItem } from '../../data/entities/category';
import { getProduct } from '../../data/products';
import { createTurns } from '../../local/createTurns';
import { aCategory, aProduct } from '../factories/catalog';
import { seededChance } from '../helpers/faultInjection';
import { codeOf } from '../helpers/codeOf';
import { createHarness, type Harness } from '../helpers/handlerHarness';
import { checkStock } from '../helpers/orderInvariants';
import { recordSuiteCounts } from '../helpers/suiteSummary';

const PLACE = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id items { quantity } } }`;
type Placed = { placeOrder: { id: string; items: Array<{ quantity: number }> } };

function tally(codes: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const code of codes) counts[code] = (counts[code] ?? 0) + 1;
  return counts;
}

/**
 * Each test file gets its own table, so the invariants below see only this file's orders; each
 * race uses its own products.
 */
describe('races on stock, idempotency keys, versions and uniqueness', () => {
  let h: Harness;
  let category: CategoryItem;
  let requests = 0;
  let violations = 0;

  beforeAll(async () => {
    h = await createHarness();
    category = await aCategory(h.db);
  });

  afterAll(() => recordSuiteCounts('reliability', { requests, violations }));

  /**
   * In a stage each invocation has a Lambda container, and its CPU, to itself; here they share one
   * process. At most 25 run at once (the rest wait their turn, as requests over a stage's reserved
   * concurrency do), so every race on an item stays real while the request deadline measures the
   * invocation, not a queue no container would have.
   */
  const turns = createTurns(25);

  const place = (customer: string, idempotencyKey: string, items: Array<{ productId: string; quantity: number }>) => {
    requests++;
    return turns(() => h.gql<Placed>({ query: PLACE, variables: { input: { idempotencyKey, items } }, token: h.token({ sub: customer }) }));
  };

  it.each([
    [100, 20],
    [200, 50],
  ])('sells exactly the stock to %i concurrent buyers of %i units: no oversell, stock 0, sold + stock = initial', async (buyers, units) => {
    // Prepare
    const product = await aProduct(h.db, category.categoryId, { stock: units });
    const before = (await checkStock(h.db, { [product.productId]: units })).orders.length;

    // Act
    const responses = await Promise.all(
      Array.from({ length: buyers }, (_, index) =>
        place(`rush-${buyers}-${index}`, `rush-${buyers}-${index}`, [{ productId: product.productId, quantity: 1 }]),
      ),
    );

    // Assess
    const codes = tally(responses.map(codeOf));
    const report = await checkStock(h.db, { [product.productId]: units });
    violations += report.violations;
    console.log(`${buyers} buyers for ${units} units: ${JSON.stringify(codes)}`);
    expect(codes).toEqual({ OK: units, OUT_OF_STOCK: buyers - units });
    expect((await getProduct(h.db, { productId: product.productId }))!.stock).toBe(0);
    expect(report.sold[product.productId]).toBe(units);
    expect(report.orders.length - before).toBe(units);
    expect(report.violations).toBe(0);
  });

  it('keeps sold + stock = initial for each of 3 contended products under 200 concurrent multi-line orders', async () => {
    // Prepare
    const products = await Promise.all([0, 1, 2].map(() => aProduct(h.db, category.categoryId, { stock: 50 })));
    const initial = Object.fromEntries(products.map((product) => [product.productId, 50]));
    const carts = Array.from({ length: 200 }, (_, index) => {
      const chosen = products.filter((_, p) => seededChance('cart', `${index}:${p}`) < 0.6);
      const lines = (chosen.length ? chosen : [products[index % 3]!]).map((product, p) => ({
        productId: product.productId,
        quantity: 1 + Math.floor(seededChance('quantity', `${index}:${p}`) * 5),
      }));
      return { customer: `multi-${index}`, key: `multi-${index}`, lines };
    });

    // Act
    const responses = await Promise.all(carts.map(({ customer, key, lines }) => place(customer, key, lines)));

    // Assess
    const codes = responses.map(codeOf);
    const report = await checkStock(h.db, initial);
    violations += report.violations;
    const placed = new Set(report.orders.map((order) => order.orderId));
    const confirmed = responses.flatMap((response) => (response.body.data?.placeOrder ? [response.body.data.placeOrder.id] : []));
    console.log(`200 multi-line orders over 3 products: ${JSON.stringify(tally(codes))}, sold ${JSON.stringify(Object.values(report.sold))}`);
    expect(new Set(codes)).toEqual(new Set(codes.filter((code) => ['OK', 'OUT_OF_STOCK', 'TRANSACTION_CONFLICT'].includes(code))));
    expect(confirmed.every((id) => placed.has(id))).toBe(true);
    expect(report.halfWritten).toEqual([]);
    expect(report.negative).toEqual([]);
    expect(Object.values(report.drift)).toEqual([0, 0, 0]);
    // the stock was the limit: once it ran short, orders were refused, not oversold
    for (const product of products) expect(report.sold[product.productId]).toBeGreaterThan(40);
  });

  it('places one order and takes stock once for one idempotency key sent 10 times at once', async () => {
    // Prepare
    const product = await aProduct(h.db, category.categoryId, { stock: 20 });
    const items = [{ productId: product.productId, quantity: 3 }];

    // Act
    const responses = await Promise.all(Array.from({ length: 10 }, () => place('same-key-customer', 'same-key', items)));

    // Assess
    const ids = new Set(responses.flatMap((response) => (response.body.data ? [response.body.data.placeOrder.id] : [])));
    const report = await checkStock(h.db, { [product.productId]: 20 });
    violations += report.violations + (ids.size === 1 ? 0 : 1);
    console.log(`one key ×10: ${JSON.stringify(tally(responses.map(codeOf)))}`);
    expect(ids.size).toBe(1);
    expect(responses.map(codeOf).every((code) => code === 'OK' || code === 'TRANSACTION_CONFLICT')).toBe(true);
    expect(report.orders.filter((order) => order.customerId === 'same-key-customer')).toHaveLength(1);
    expect((await getProduct(h.db, { productId: product.productId }))!.stock).toBe(17);
    expect(report.violations).toBe(0);
  });

  it('lets exactly one of two updates at the same version win; the other gets VERSION_CONFLICT and nothing is lost', async () => {
    const product = await aProduct(h.db, category.categoryId);
    const admin = h.token({ sub: 'racing-admin', admin: true });
    const update = `mutation($id: ID!, $input: UpdateProductInput!) { updateProduct(id: $id, input: $input, expectedVersion: 1) { version name price { amount } } }`;

    requests += 2;
    const results = await Promise.all([
      h.gql<{ updateProduct: { name: string } }>({ query: update, variables: { id: product.productId, input: { name: 'First' } }, token: admin }),
      h.gql<{ updateProduct: { name: string } }>({
        query: update,
        variables: { id: product.productId, input: { price: { amount: 4242, currency: 'USD' } } },
        token: admin,
      }),
    ]);

    const codes = results.map(codeOf).sort();
    const stored = (await getProduct(h.db, { productId: product.productId }))!;
    const winner = results.findIndex((result) => codeOf(result) === 'OK');
    if (codes.join() !== 'OK,VERSION_CONFLICT' || stored.version !== 2) violations++;
    expect(codes).toEqual(['OK', 'VERSION_CONFLICT']);
    expect(stored.version).toBe(2);
    // the winner's change is there in full, the loser's not at all
    expect([stored.name, stored.priceAmount]).toEqual(winner === 0 ? ['First', product.priceAmount] : [product.name, 4242]);
  });

  it('stores one review for 10 concurrent reviews by one customer of one product', async () => {
    const product = await aProduct(h.db, category.categoryId);
    const token = h.token({ sub: 'eager-reviewer' });
    const add = `mutation($input: AddReviewInput!) { addReview(input: $input) { id } }`;

    requests += 10;
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        h.gql({ query: add, variables: { input: { productId: product.productId, rating: 1 + (index % 5), title: `Take ${index}` } }, token }),
      ),
    );

    const codes = tally(results.map(codeOf));
    const reviews = (await h.db.entities.review.query.byProduct({ productId: product.productId }).go()).data;
    const stored = (await getProduct(h.db, { productId: product.productId }))!;
    if (reviews.length !== 1 || stored.ratingCount !== 1) violations++;
    expect(codes.OK).toBe(1);
    expect((codes.ALREADY_REVIEWED ?? 0) + (codes.TRANSACTION_CONFLICT ?? 0)).toBe(9);
    expect(reviews).toHaveLength(1);
    expect(stored).toMatchObject({ ratingCount: 1, ratingTotal: reviews[0]!.rating });
  });
});
