import { getProduct } from '../../data/products';
import type { OrderModel } from '../../resolvers/models';
import { Order } from '../../resolvers/order/Order';
import { aCategory, aProduct } from '../factories/catalog';
import { createHarness, type Harness } from '../helpers/handlerHarness';

type Placed = { placeOrder: { id: string; status: string } };

describe('a mutation whose result cannot be serialised', () => {
  let h: Harness;

  beforeAll(async () => {
    // Each resolver answers once with a value its type cannot represent: the order is written,
    // then its answer fails to serialise (the schema takes the resolvers when the handler is built).
    jest.spyOn(Order, 'total').mockImplementationOnce((...args: unknown[]) => ({ currency: (args[0] as OrderModel).currency, amount: 2 ** 60 }));
    jest
      .spyOn(Order, 'items')
      .mockImplementationOnce((...args: unknown[]) => (args[0] as OrderModel).lines!.map((line) => ({ ...line, quantity: 2 ** 40 })));
    h = await createHarness();
  });

  afterAll(() => jest.restoreAllMocks());

  it.each([
    ['a money amount beyond 2^53 (our scalar)', 'total { amount }', ['placeOrder', 'total', 'amount']],
    ["an Int beyond 32 bits (GraphQL's own scalar)", 'items { quantity }', ['placeOrder', 'items', 0, 'quantity']],
  ])('masks %s, and the same idempotency key then tells the client the order exists', async (_name, selection, path) => {
    // Prepare
    const category = await aCategory(h.db);
    const product = await aProduct(h.db, category.categoryId, { stock: 10 });
    const token = h.token({ sub: `unlucky-${product.productId}` });
    const input = { idempotencyKey: 'serialise-me', items: [{ productId: product.productId, quantity: 3 }] };
    const query = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id status ${selection} } }`;

    // Act
    const first = await h.gql<Placed>({ query, variables: { input }, token });
    const retry = await h.gql<Placed>({ query, variables: { input }, token });
    const mine = await h.gql<{ me: { orders: { edges: Array<{ node: { id: string } }> } } }>({
      query: '{ me { orders { edges { node { id } } } } }',
      token,
    });

    // Assess: the first answer is masked and correlated with the full error in the log
    expect(first.body.data).toBeNull();
    expect(first.body.errors).toEqual([
      {
        message: 'Internal server error.',
        path,
        locations: expect.any(Array),
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: expect.any(String) },
      },
    ]);
    expect(JSON.stringify(first.body)).not.toMatch(/represent|MoneyAmount|32-bit|1152921504606846976|1099511627776/);
    const requestId = String(first.body.errors![0]!.extensions!.requestId);
    expect(h.logs.some((line) => line.includes('"Unexpected error"') && line.includes(requestId) && line.includes('cannot represent'))).toBe(true);
    // the retry with the same key replays the order that was written, once
    expect(retry.body.errors).toBeUndefined();
    expect(retry.body.data!.placeOrder.status).toBe('PLACED');
    expect(mine.body.data!.me.orders.edges).toEqual([{ node: { id: retry.body.data!.placeOrder.id } }]);
    expect((await getProduct(h.db, { productId: product.productId }))!.stock).toBe(7);
  });
});
