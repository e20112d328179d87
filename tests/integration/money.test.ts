import type { CategoryItem } from '../../data/entities/category';
import { getProduct } from '../../data/products';
import { limits } from '../../domain/limits';
import { aCategory, aProduct } from '../factories/catalog';
import { createHarness, type Harness } from '../helpers/handlerHarness';

const INT_MAX = 2 ** 31 - 1;
const PLACE = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id total { amount currency } items { unitPrice { amount } quantity } } }`;
const MY_ORDERS = '{ me { orders(first: 10) { edges { node { id total { amount currency } } } } } }';
const WRITES = ['TransactWriteItemsCommand', 'PutItemCommand', 'UpdateItemCommand'];

type Placed = { placeOrder: { id: string; total: { amount: number; currency: string } } };
type MyOrders = { me: { orders: { edges: Array<{ node: { id: string; total: { amount: number } } }> } } };

describe('money amounts through the Lambda handler', () => {
  let h: Harness;
  let category: CategoryItem;

  beforeAll(async () => {
    h = await createHarness();
    category = await aCategory(h.db);
  });

  beforeEach(() => {
    h.calls.length = 0;
  });

  it('places an order whose total is above 2^31 − 1 and reads it back exactly, everywhere', async () => {
    // Prepare: 99 units at 50,000,000 cents is 4,950,000,000, beyond GraphQL's Int
    const product = await aProduct(h.db, category.categoryId, { price: { amount: 50_000_000, currency: 'USD' }, stock: 200 });
    const token = h.token({ sub: `big-spender-${product.productId}` });
    const expected = 99 * 50_000_000;
    expect(expected).toBeGreaterThan(INT_MAX);

    // Act
    const placed = await h.gql<Placed>({
      query: PLACE,
      variables: { input: { idempotencyKey: 'big-order', items: [{ productId: product.productId, quantity: 99 }] } },
      token,
    });
    const mine = await h.gql<MyOrders>({ query: MY_ORDERS, token });
    const byId = await h.gql<{ order: { total: { amount: number } } }>({
      query: 'query($id: ID!) { order(id: $id) { total { amount } } }',
      variables: { id: placed.body.data?.placeOrder.id },
      token,
    });

    // Assess
    expect(placed.body.errors).toBeUndefined();
    expect(placed.body.data!.placeOrder.total).toEqual({ amount: expected, currency: 'USD' });
    expect(mine.body.errors).toBeUndefined();
    expect(mine.body.data!.me.orders.edges.map((edge) => edge.node.total.amount)).toEqual([expected]);
    expect(byId.body.data!.order.total.amount).toBe(expected);
  });

  it('refuses an order above the largest order total with BAD_USER_INPUT and writes nothing', async () => {
    // Prepare: 2 products at the largest price, 99 units each: 19,800,000,000 > 10,000,000,000
    const [first, second] = await Promise.all(
      [0, 1].map(() => aProduct(h.db, category.categoryId, { price: { amount: limits.maxPriceAmount, currency: 'USD' }, stock: 500 })),
    );
    const token = h.token({ sub: `too-big-${first!.productId}` });
    h.calls.length = 0;

    // Act
    const response = await h.gql<Placed>({
      query: PLACE,
      variables: {
        input: {
          idempotencyKey: 'too-big',
          items: [
            { productId: first!.productId, quantity: 99 },
            { productId: second!.productId, quantity: 99 },
          ],
        },
      },
      token,
    });
    const mine = await h.gql<MyOrders>({ query: MY_ORDERS, token });

    // Assess
    expect(response.body.data).toBeNull();
    expect(response.body.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining(`the largest order total is ${limits.maxOrderTotal}`),
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'items', maxOrderTotal: limits.maxOrderTotal }),
      }),
    ]);
    expect(h.calls.filter((call) => WRITES.includes(call))).toEqual([]);
    expect((await getProduct(h.db, { productId: first!.productId }))!.stock).toBe(500);
    expect((await getProduct(h.db, { productId: second!.productId }))!.stock).toBe(500);
    expect(mine.body.data!.me.orders.edges).toEqual([]);
  });

  it('reads back a stored order whose total is above every current limit', async () => {
    // Prepare: an order written before the limits existed, with the largest amount a JSON parser reads exactly
    const customerId = `legacy-${Date.now()}`;
    const orderId = `legacy-order-${Date.now()}`;
    const now = new Date().toISOString();
    await h.db.entities.order
      .create({
        orderId,
        customerId,
        status: 'PLACED',
        totalAmount: Number.MAX_SAFE_INTEGER,
        currency: 'USD',
        cartHash: 'x',
        lineCount: 0,
        placedAt: now,
        updatedAt: now,
      })
      .go();

    // Act
    const response = await h.gql<MyOrders>({ query: MY_ORDERS, token: h.token({ sub: customerId }) });

    // Assess
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.me.orders.edges).toEqual([{ node: { id: orderId, total: { amount: Number.MAX_SAFE_INTEGER, currency: 'USD' } } }]);
  });

  it.each([
    ['a JSON number above 2^31 − 1 but above the largest price', 3_000_000_000, /price\.amount: must be an integer from 0 to 100000000/],
    ['a number no JSON parser reads exactly', 2 ** 53, /MoneyAmount must be a whole number/],
    ['a fraction', 12.5, /MoneyAmount must be a whole number/],
    ['a string that is not digits', '12e3', /MoneyAmount must be a whole number/],
  ])('refuses a price given as %s with BAD_USER_INPUT', async (_name, amount, message) => {
    const admin = h.token({ sub: 'money-admin', admin: true });

    const response = await h.gql({
      query: 'mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }',
      variables: {
        input: { sku: `MONEY-${Date.now()}`, name: 'Priced', categoryId: category.categoryId, price: { amount, currency: 'USD' }, stock: 1 },
      },
      token: admin,
    });

    expect(response.body.errors).toEqual([
      expect.objectContaining({ message: expect.stringMatching(message), extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
    ]);
    expect(h.calls.filter((call) => WRITES.includes(call))).toEqual([]);
  });

  it('accepts a price as a literal, a variable or a string of digits', async () => {
    const admin = h.token({ sub: 'money-admin', admin: true });
    const product = await aProduct(h.db, category.categoryId);

    const literal = await h.gql<{ updateProduct: { price: { amount: number }; version: number } }>({
      query: `mutation { updateProduct(id: "${product.productId}", input: { price: { amount: 100000000, currency: "USD" } }, expectedVersion: 1) { price { amount } version } }`,
      token: admin,
    });
    const asString = await h.gql<{ updateProduct: { price: { amount: number } } }>({
      query: 'mutation($id: ID!, $input: UpdateProductInput!) { updateProduct(id: $id, input: $input, expectedVersion: 2) { price { amount } } }',
      variables: { id: product.productId, input: { price: { amount: '1599', currency: 'USD' } } },
      token: admin,
    });

    expect(literal.body.data!.updateProduct.price.amount).toBe(100_000_000);
    expect(asString.body.data!.updateProduct.price.amount).toBe(1599);
  });

  it('refuses a restock that would take the stock above its limit, and keeps the stock', async () => {
    const product = await aProduct(h.db, category.categoryId, { stock: limits.maxStock - 5 });
    const admin = h.token({ sub: 'money-admin', admin: true });

    const refused = await h.gql({ query: `mutation { restockProduct(id: "${product.productId}", quantity: 6) { stock } }`, token: admin });
    const accepted = await h.gql<{ restockProduct: { stock: number } }>({
      query: `mutation { restockProduct(id: "${product.productId}", quantity: 5) { stock } }`,
      token: admin,
    });

    expect(refused.body.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'quantity', stock: limits.maxStock - 5 }) }),
    ]);
    expect(accepted.body.data!.restockProduct.stock).toBe(limits.maxStock);
    expect((await getProduct(h.db, { productId: product.productId }))!.stock).toBe(limits.maxStock);
  });
});
