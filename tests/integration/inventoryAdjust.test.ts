import type { CategoryItem } from '../../data/entities/category';
import { getProduct } from '../../data/products';
import { limits } from '../../domain/limits';
import { aCategory, aProduct } from '../factories/catalog';
import { createHarness, type Harness } from '../helpers/handlerHarness';

const ADJUST = `mutation($input: InventoryAdjustInput!) {
  inventoryAdjust(input: $input) { product { id stock } userErrors { code field message stock } } }`;

type Payload = {
  inventoryAdjust: {
    product: { id: string; stock: number } | null;
    userErrors: Array<{ code: string; field: string[] | null; message: string; stock: number | null }>;
  };
};

describe('inventoryAdjust through the Lambda handler', () => {
  let h: Harness;
  let category: CategoryItem;
  let admin: string;

  beforeAll(async () => {
    h = await createHarness();
    category = await aCategory(h.db);
    admin = h.token({ sub: 'stock-keeper', admin: true });
  });

  beforeEach(() => {
    h.calls.length = 0;
  });

  const adjust = (input: { productId: string; delta: number; idempotencyKey: string }, token = admin) =>
    h.gql<Payload>({ query: ADJUST, variables: { input }, token });

  it('adds stock with one transaction and one consistent read', async () => {
    // Prepare
    const product = await aProduct(h.db, category.categoryId, { stock: 4 });
    h.calls.length = 0;

    // Act
    const response = await adjust({ productId: product.productId, delta: 6, idempotencyKey: 'delivery-1' });

    // Assess
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.inventoryAdjust).toEqual({ product: { id: product.productId, stock: 10 }, userErrors: [] });
    expect(h.calls).toEqual(['TransactWriteItemsCommand', 'GetItemCommand']);
  });

  it('changes nothing on a retry with the same key, and answers the same', async () => {
    // Prepare
    const product = await aProduct(h.db, category.categoryId, { stock: 1 });
    const input = { productId: product.productId, delta: 5, idempotencyKey: 'retry-me' };
    const first = await adjust(input);

    // Act
    const retries = await Promise.all([adjust(input), adjust(input), adjust(input)]);

    // Assess
    expect(first.body.data!.inventoryAdjust.product!.stock).toBe(6);
    for (const retry of retries) {
      expect({ data: retry.body.data, errors: retry.body.errors }).toEqual({ data: first.body.data, errors: first.body.errors });
      expect(retry.body.extensions?.cost).toMatchObject({ writeUnits: 0 });
    }
    expect((await getProduct(h.db, { productId: product.productId }))!.stock).toBe(6);
  });

  it('adds stock exactly once when the same request races itself', async () => {
    // Prepare
    const product = await aProduct(h.db, category.categoryId, { stock: 0 });
    const input = { productId: product.productId, delta: 3, idempotencyKey: 'double-click' };

    // Act
    const answers = await Promise.all(Array.from({ length: 8 }, () => adjust(input)));

    // Assess
    expect((await getProduct(h.db, { productId: product.productId }))!.stock).toBe(3);
    expect(answers.every((answer) => answer.body.data?.inventoryAdjust.userErrors.length === 0)).toBe(true);
  });

  it.each([
    ['another delta', (productId: string) => ({ productId, delta: 7 })],
    ['another product', () => ({ productId: 'other-product', delta: 2 })],
  ])('refuses the same key with %s as IDEMPOTENCY_KEY_REUSED and writes nothing', async (_name, other) => {
    // Prepare
    const product = await aProduct(h.db, category.categoryId, { stock: 10 });
    const key = `reused-${product.productId}`;
    await adjust({ productId: product.productId, delta: 2, idempotencyKey: key });

    // Act
    const reused = await adjust({ ...other(product.productId), idempotencyKey: key });

    // Assess
    expect(reused.body.errors).toBeUndefined();
    expect(reused.body.data!.inventoryAdjust).toEqual({
      product: null,
      userErrors: [{ code: 'IDEMPOTENCY_KEY_REUSED', field: ['input', 'idempotencyKey'], message: expect.any(String), stock: null }],
    });
    expect((await getProduct(h.db, { productId: product.productId }))!.stock).toBe(12);
  });

  it('respects the stock ceiling: refuses going above it, writes nothing and keeps the key free', async () => {
    // Prepare
    const product = await aProduct(h.db, category.categoryId, { stock: limits.maxStock - 5 });

    // Act
    const refused = await adjust({ productId: product.productId, delta: 6, idempotencyKey: 'too-much' });
    const accepted = await adjust({ productId: product.productId, delta: 5, idempotencyKey: 'too-much' });

    // Assess
    expect(refused.body.data!.inventoryAdjust).toEqual({
      product: null,
      userErrors: [{ code: 'STOCK_LIMIT_EXCEEDED', field: ['input', 'delta'], message: expect.any(String), stock: limits.maxStock - 5 }],
    });
    expect(accepted.body.data!.inventoryAdjust.product!.stock).toBe(limits.maxStock);
  });

  it('takes stock away with a negative delta but never below zero', async () => {
    // Prepare
    const product = await aProduct(h.db, category.categoryId, { stock: 5 });

    // Act
    const taken = await adjust({ productId: product.productId, delta: -2, idempotencyKey: 'shrinkage-1' });
    const tooMuch = await adjust({ productId: product.productId, delta: -4, idempotencyKey: 'shrinkage-2' });

    // Assess
    expect(taken.body.data!.inventoryAdjust.product!.stock).toBe(3);
    expect(tooMuch.body.data!.inventoryAdjust.userErrors).toEqual([expect.objectContaining({ code: 'STOCK_BELOW_ZERO', stock: 3 })]);
    expect((await getProduct(h.db, { productId: product.productId }))!.stock).toBe(3);
  });

  it('reports an unknown product as PRODUCT_NOT_FOUND without creating it', async () => {
    // Act
    const response = await adjust({ productId: 'no-such-product', delta: 1, idempotencyKey: 'ghost' });

    // Assess
    expect(response.body.data!.inventoryAdjust.userErrors).toEqual([
      expect.objectContaining({ code: 'PRODUCT_NOT_FOUND', field: ['input', 'productId'] }),
    ]);
    expect(await getProduct(h.db, { productId: 'no-such-product' })).toBeNull();
  });

  it.each([0, limits.maxStock + 1, -(limits.maxStock + 1)])('refuses a delta of %p as INVALID_DELTA without a request', async (delta) => {
    // Prepare
    const product = await aProduct(h.db, category.categoryId, { stock: 5 });
    h.calls.length = 0;

    // Act
    const response = await adjust({ productId: product.productId, delta, idempotencyKey: `bad-delta-${delta}` });

    // Assess
    expect(response.body.data!.inventoryAdjust.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_DELTA' })]);
    expect(h.calls).toEqual([]);
  });

  it('is for admins only, and refuses a malformed key as BAD_USER_INPUT', async () => {
    // Prepare
    const product = await aProduct(h.db, category.categoryId, { stock: 5 });
    const input = { productId: product.productId, delta: 1, idempotencyKey: 'admins-only' };

    // Act
    const anonymous = await h.gql({ query: ADJUST, variables: { input } });
    const customer = await adjust(input, h.token({ sub: 'shopper' }));
    const malformed = await adjust({ ...input, idempotencyKey: 'has spaces' });

    // Assess
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(customer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(malformed.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await getProduct(h.db, { productId: product.productId }))!.stock).toBe(5);
  });

  it('claims the key with a guard item that DynamoDB’s TTL removes after 7 days', async () => {
    // Prepare
    const product = await aProduct(h.db, category.categoryId, { stock: 5 });
    const before = Math.floor(Date.now() / 1000);

    // Act
    await adjust({ productId: product.productId, delta: 1, idempotencyKey: 'ttl-check' });

    // Assess
    const { data: guards } = await h.db.entities.inventoryAdjustment.scan.where(({ productId }, { eq }) => eq(productId, product.productId)).go();
    expect(guards).toHaveLength(1);
    expect(guards[0]!.idempotencyKey).not.toBe('ttl-check');
    expect(guards[0]!.expiresAt - before).toBeGreaterThanOrEqual(7 * 86_400);
    expect(guards[0]!.expiresAt - before).toBeLessThan(8 * 86_400);
  });
});
