import type { CategoryItem } from '../../data/entities/category';
import { getProduct } from '../../data/products';
import { defaultRetryPolicy } from '../../data/transact';
import { aCategory, aProduct } from '../factories/catalog';
import { injectFaults, transactionCanceled, type DynamoAttempt, type FaultInjector } from '../helpers/faultInjection';
import { createHarness, type Harness } from '../helpers/handlerHarness';
import { checkStock } from '../helpers/orderInvariants';
import { recordSuiteCounts } from '../helpers/suiteSummary';

const PLACE = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id items { quantity } } }`;

/** Cancels the next `times` transactions with `reasons` (one per action: order, lines, then stock updates). */
function cancelTransactions(reasons: (attempt: DynamoAttempt) => readonly string[], times = Number.POSITIVE_INFINITY) {
  let left = times;
  return (attempt: DynamoAttempt) => {
    if (attempt.command !== 'TransactWriteItemsCommand' || left <= 0) return undefined;
    left--;
    return transactionCanceled(reasons(attempt));
  };
}

/**
 * DynamoDB's cancellation reasons, injected on the real handler's transactions, and what the
 * client gets for each: retried conflicts, CONFLICT, SERVICE_UNAVAILABLE, a masked internal
 * error, or (for a stock condition) a fresh look at only the product that failed.
 */
describe('transaction cancellations, classified', () => {
  let h: Harness;
  let faults: FaultInjector;
  let category: CategoryItem;
  let requests = 0;
  let violations = 0;

  beforeAll(async () => {
    h = await createHarness();
    category = await aCategory(h.db);
    faults = injectFaults(h.client);
  });

  beforeEach(() => {
    h.calls.length = 0;
  });

  afterEach(() => {
    faults.plan = undefined;
  });

  afterAll(() => recordSuiteCounts('reliability', { faults: faults.injected, requests, violations }));

  async function order(customer: string, key: string, items: Array<{ productId: string; quantity: number }>) {
    requests++;
    return h.gql<{ placeOrder: { id: string } }>({
      query: PLACE,
      variables: { input: { idempotencyKey: key, items } },
      token: h.token({ sub: customer }),
    });
  }

  async function unchanged(productId: string, stock: number, customer: string) {
    const report = await checkStock(h.db, { [productId]: stock });
    violations += report.violations;
    expect((await getProduct(h.db, { productId }))!.stock).toBe(stock);
    expect(report.orders.filter((item) => item.customerId === customer)).toEqual([]);
  }

  it(`retries a TransactionConflict ${defaultRetryPolicy.attempts} times with jitter, then answers TRANSACTION_CONFLICT and writes nothing`, async () => {
    const product = await aProduct(h.db, category.categoryId, { stock: 10 });
    faults.plan = cancelTransactions(() => ['TransactionConflict', 'None', 'None']);
    h.calls.length = 0;

    const response = await order('conflicted', 'conflicted', [{ productId: product.productId, quantity: 1 }]);

    expect(response.body.errors?.[0]).toMatchObject({
      extensions: { code: 'TRANSACTION_CONFLICT' },
      message: 'The request conflicted with concurrent changes; retry it.',
    });
    expect(h.calls.filter((command) => command === 'TransactWriteItemsCommand')).toHaveLength(defaultRetryPolicy.attempts);
    faults.plan = undefined;
    await unchanged(product.productId, 10, 'conflicted');
  });

  it('places the order once when a conflict clears on a retry', async () => {
    const product = await aProduct(h.db, category.categoryId, { stock: 10 });
    faults.plan = cancelTransactions(() => ['None', 'None', 'TransactionConflict'], 2);
    h.calls.length = 0;

    const response = await order('patient', 'patient', [{ productId: product.productId, quantity: 2 }]);

    expect(response.body.errors).toBeUndefined();
    expect(h.calls.filter((command) => command === 'TransactWriteItemsCommand')).toHaveLength(3);
    expect((await getProduct(h.db, { productId: product.productId }))!.stock).toBe(8);
  });

  it.each([
    ['ThrottlingError', 'SERVICE_UNAVAILABLE'],
    ['ProvisionedThroughputExceeded', 'SERVICE_UNAVAILABLE'],
    ['ValidationError', 'INTERNAL_SERVER_ERROR'],
    ['ItemCollectionSizeLimitExceeded', 'INTERNAL_SERVER_ERROR'],
  ])('answers a %s cancellation with %s, once, writing nothing', async (reason, code) => {
    const product = await aProduct(h.db, category.categoryId, { stock: 10 });
    const customer = `cancelled-${reason}`;
    faults.plan = cancelTransactions(() => ['None', 'None', reason]);
    h.calls.length = 0;

    const response = await order(customer, customer, [{ productId: product.productId, quantity: 1 }]);

    expect(response.body.errors?.[0]?.extensions?.code).toBe(code);
    expect(JSON.stringify(response.body)).not.toMatch(new RegExp(`${reason}|Exception|arn:`));
    expect(h.calls.filter((command) => command === 'TransactWriteItemsCommand')).toHaveLength(1);
    faults.plan = undefined;
    await unchanged(product.productId, 10, customer);
  });

  it('reads again only the product whose stock condition failed, and answers OUT_OF_STOCK if it really is short', async () => {
    // Prepare: two lines; the transaction is order, 2 lines, 2 stock updates
    const plenty = await aProduct(h.db, category.categoryId, { stock: 10 });
    const scarce = await aProduct(h.db, category.categoryId, { stock: 10 });
    const batchGets: string[] = [];
    let cancelled = false;
    faults.plan = (attempt) => {
      if (attempt.command === 'BatchGetItemCommand') batchGets.push(attempt.body);
      if (attempt.command !== 'TransactWriteItemsCommand' || cancelled) return undefined;
      cancelled = true;
      return transactionCanceled(['None', 'None', 'None', 'None', 'ConditionalCheckFailed']);
    };

    // Act: the stock really is there, so the order goes through on the second try
    const response = await order('rechecked', 'rechecked', [
      { productId: plenty.productId, quantity: 1 },
      { productId: scarce.productId, quantity: 1 },
    ]);

    // Assess
    expect(response.body.errors).toBeUndefined();
    expect(batchGets).toHaveLength(3);
    expect(batchGets[1]).toContain(scarce.productId);
    expect(batchGets[1]).not.toContain(plenty.productId);

    // …and when it really is short (sold meanwhile), OUT_OF_STOCK names it
    await h.db.entities.product.patch({ productId: scarce.productId }).set({ stock: 0 }).go();
    const short = await order('too-late', 'too-late', [
      { productId: plenty.productId, quantity: 1 },
      { productId: scarce.productId, quantity: 1 },
    ]);
    expect(short.body.errors?.[0]).toMatchObject({ extensions: { code: 'OUT_OF_STOCK', productId: scarce.productId, available: 0 } });
  });
});
