import type { CategoryItem } from '../../data/entities/category';
import type { ProductItem } from '../../data/entities/product';
import { DYNAMODB_LIMITS } from '../../data/client';
import { aCategory } from '../factories/catalog';
import { injectFaults, seededChance, throttleAttempts, throttled, type FaultInjector } from '../helpers/faultInjection';
import { codeOf } from '../helpers/codeOf';
import { createHarness, type GraphqlResponse, type Harness } from '../helpers/handlerHarness';
import { checkStock } from '../helpers/orderInvariants';
import { recordSuiteCounts } from '../helpers/suiteSummary';

const UNAVAILABLE = 'The service is temporarily unavailable; retry the request.';
const PLACE = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }`;

/** Runs `tasks` with at most `width` in flight. */
async function pool<T>(width: number, tasks: ReadonlyArray<() => Promise<T>>): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < tasks.length) {
        const index = next++;
        results[index] = await tasks[index]!();
      }
    }),
  );
  return results;
}

function product(categoryId: string, index: number, stock: number): ProductItem {
  const now = new Date().toISOString();
  return {
    productId: `throttle-${index}`,
    sku: `THR-${index}`,
    name: `Throttled product ${index}`,
    categoryId,
    priceAmount: 500,
    currency: 'USD',
    stock,
    status: 'ACTIVE',
    ratingCount: 0,
    ratingTotal: 0,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
}

describe('DynamoDB throttling injected below the SDK retry layer', () => {
  let h: Harness;
  let faults: FaultInjector;
  let category: CategoryItem;
  let requests = 0;
  let violations = 0;

  beforeAll(async () => {
    h = await createHarness();
    category = await aCategory(h.db);
    await h.db.entities.product.put(Array.from({ length: 500 }, (_, index) => product(category.categoryId, index, 10))).go();
    faults = injectFaults(h.client);
  });

  afterEach(() => {
    faults.plan = undefined;
  });

  afterAll(() => recordSuiteCounts('reliability', { faults: faults.injected, requests, violations }));

  it('serves at least 97 % of 1,000 single-request reads with 30 % of attempts throttled; the rest get SERVICE_UNAVAILABLE', async () => {
    // Prepare: every read is a distinct request, so each gets its own draws (the same ones every run)
    const reads: Array<() => Promise<GraphqlResponse>> = Array.from({ length: 500 }, (_, index) => [
      () =>
        h.gql<{ product: { name: string } | null }>({
          query: 'query($id: ID!) { product(id: $id) { name } }',
          variables: { id: `throttle-${index}` },
        }),
      () =>
        h.gql<{ productBySku: { name: string } | null }>({
          query: 'query($sku: String!) { productBySku(sku: $sku) { name } }',
          variables: { sku: `THR-${index}` },
        }),
    ]).flat();
    faults.plan = throttleAttempts(0.3, 'reads', ({ body, attempt }) => `${attempt}\0${body.replaceAll(h.tableName, 'TABLE')}`);
    faults.reset();

    // Act
    const responses = await pool(100, reads);
    requests += reads.length;

    // Assess
    const codes = responses.map(codeOf);
    const succeeded = codes.filter((code) => code === 'OK').length;
    const wrong = responses.filter((response) => codeOf(response) === 'OK' && !JSON.stringify(response.body.data).includes('Throttled product'));
    const failures = responses.filter((response) => codeOf(response) !== 'OK');
    const rate = succeeded / reads.length;
    console.log(
      `30 % throttling: ${faults.injected} of ${faults.attempts} attempts throttled (${((100 * faults.injected) / faults.attempts).toFixed(1)} %); ` +
        `reads served ${succeeded}/${reads.length} = ${(100 * rate).toFixed(1)} % (theory 97.3 %)`,
    );
    expect(Math.abs(faults.injected / faults.attempts - 0.3)).toBeLessThan(0.03);
    expect(rate).toBeGreaterThanOrEqual(0.97);
    expect(wrong).toEqual([]);
    expect(new Set(codes.filter((code) => code !== 'OK'))).toEqual(new Set(failures.length ? ['SERVICE_UNAVAILABLE'] : []));
    for (const failure of failures) {
      expect(failure.body.errors![0]!.message).toBe(UNAVAILABLE);
      expect(JSON.stringify(failure.body)).not.toMatch(/Throughput|Exception|arn:|INTERNAL/);
    }
  });

  it('writes no half order under 30 % throttling, and a retry with the same key places each order once', async () => {
    // Prepare
    const stocked = [0, 1, 2].map((index) => product(category.categoryId, 1000 + index, 40));
    await h.db.entities.product.put(stocked).go();
    const initial = Object.fromEntries(stocked.map((item) => [item.productId, 40]));
    const carts = Array.from({ length: 100 }, (_, index) => ({
      token: h.token({ sub: `throttled-buyer-${index}` }),
      key: `throttled-${index}`,
      items: stocked
        .filter((_, p) => seededChance('throttled-cart', `${index}:${p}`) < 0.5 || p === index % 3)
        .map((item, p) => ({ productId: item.productId, quantity: 1 + Math.floor(seededChance('throttled-qty', `${index}:${p}`) * 3) })),
    }));
    const order = (cart: (typeof carts)[number]) => () =>
      h.gql({ query: PLACE, variables: { input: { idempotencyKey: cart.key, items: cart.items } }, token: cart.token });
    faults.plan = throttleAttempts(0.3, 'writes', ({ invocationId, attempt }) => `${invocationId}:${attempt}`);

    // Act
    const first = await pool(20, carts.map(order));
    faults.plan = undefined;
    const afterFaults = await checkStock(h.db, initial);
    const retried = carts.filter((_, index) => codeOf(first[index]!) === 'SERVICE_UNAVAILABLE');
    const second = await pool(20, retried.map(order));
    requests += carts.length + retried.length;

    // Assess
    const afterRetries = await checkStock(h.db, initial);
    violations += afterFaults.violations + afterRetries.violations;
    const tally = (responses: GraphqlResponse[]) =>
      responses.reduce<Record<string, number>>((all, r) => ({ ...all, [codeOf(r)]: (all[codeOf(r)] ?? 0) + 1 }), {});
    console.log(
      `100 orders under 30 % throttling: ${JSON.stringify(tally(first))}; retried ${retried.length}: ${JSON.stringify(tally(second))}; sold ${JSON.stringify(Object.values(afterRetries.sold))}`,
    );
    expect(first.map(codeOf).every((code) => ['OK', 'OUT_OF_STOCK', 'TRANSACTION_CONFLICT', 'SERVICE_UNAVAILABLE'].includes(code))).toBe(true);
    expect(afterFaults.violations).toBe(0);
    expect(afterRetries.violations).toBe(0);
    expect(second.map(codeOf).every((code) => code === 'OK' || code === 'OUT_OF_STOCK')).toBe(true);
    // one order per buyer at most, whatever was retried
    const buyers = afterRetries.orders.filter((item) => item.customerId.startsWith('throttled-buyer-')).map((item) => item.customerId);
    expect(new Set(buyers).size).toBe(buyers.length);
  });

  it('fails every request after the SDK’s bounded attempts with the same clean SERVICE_UNAVAILABLE when every attempt is throttled', async () => {
    // Prepare
    faults.plan = () => throttled();
    const before = { attempts: faults.attempts, injected: faults.injected };

    // Act
    const responses = await pool(
      10,
      Array.from(
        { length: 20 },
        (_, index) => () => h.gql({ query: 'query($id: ID!) { product(id: $id) { name } }', variables: { id: `throttle-${index}` } }),
      ),
    );
    requests += responses.length;

    // Assess: one read per request, each tried exactly maxAttempts times (retried, and no more), every attempt throttled
    const attempts = faults.attempts - before.attempts;
    const injected = faults.injected - before.injected;
    console.log(`100 % throttling: ${responses.length} reads failed after ${attempts} attempts, ${injected} throttled`);
    expect(responses.every((response) => codeOf(response) === 'SERVICE_UNAVAILABLE' && response.body.errors![0]!.message === UNAVAILABLE)).toBe(true);
    expect(attempts).toBe(responses.length * DYNAMODB_LIMITS.maxAttempts);
    expect(injected).toBe(attempts);
  });
});
