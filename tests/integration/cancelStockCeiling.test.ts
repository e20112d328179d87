import { getProduct } from '../../data/products';
import { limits } from '../../domain/limits';
import { aCategory, aProduct } from '../factories/catalog';
import { createHarness, type Harness } from '../helpers/handlerHarness';

const MAX = limits.maxStock;

describe('cancelling an order gives stock back within the ceiling restock obeys', () => {
  let h: Harness;
  let categoryId: string;
  let orders = 0;

  beforeAll(async () => {
    h = await createHarness();
    categoryId = (await aCategory(h.db)).categoryId;
  });

  const admin = () => h.token({ sub: 'ceiling-admin', admin: true });
  const buyer = () => h.token({ sub: 'ceiling-buyer' });

  async function placeOrder(items: Array<{ productId: string; quantity: number }>): Promise<string> {
    const response = await h.gql<{ placeOrder: { id: string } }>({
      query: 'mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }',
      variables: { input: { idempotencyKey: `ceiling-${++orders}`, items } },
      token: buyer(),
    });
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.placeOrder.id;
  }
  const restock = (productId: string, quantity: number) =>
    h.gql<{ restockProduct: { stock: number } }>({
      query: 'mutation($id: ID!, $quantity: Int!) { restockProduct(id: $id, quantity: $quantity) { stock } }',
      variables: { id: productId, quantity },
      token: admin(),
    });
  const cancel = (orderId: string) =>
    h.gql<{ cancelOrder: { status: string } }>({
      query: 'mutation($id: ID!) { cancelOrder(id: $id) { status } }',
      variables: { id: orderId },
      token: buyer(),
    });
  const stockOf = async (productId: string) => (await getProduct(h.db, { productId }))!.stock;

  it('caps the stock at the ceiling when the product was restocked to its maximum while the order was open, and cancels', async () => {
    // Prepare: stock at the maximum, order 5, restock 5 (back at the maximum)
    const product = await aProduct(h.db, categoryId, { stock: MAX });
    const orderId = await placeOrder([{ productId: product.productId, quantity: 5 }]);
    expect((await restock(product.productId, 5)).body.data?.restockProduct.stock).toBe(MAX);

    // Act
    const cancelled = await cancel(orderId);

    // Assess
    expect(cancelled.body.errors).toBeUndefined();
    expect(cancelled.body.data?.cancelOrder.status).toBe('CANCELLED');
    expect(await stockOf(product.productId)).toBe(MAX);
    const refused = await restock(product.productId, 1);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('gives back only what fits when the product is just under the ceiling', async () => {
    // Prepare: MAX, order 5 (MAX - 5), restock 3 (MAX - 2)
    const product = await aProduct(h.db, categoryId, { stock: MAX });
    const orderId = await placeOrder([{ productId: product.productId, quantity: 5 }]);
    await restock(product.productId, 3);

    // Act
    const cancelled = await cancel(orderId);

    // Assess
    expect(cancelled.body.data?.cancelOrder.status).toBe('CANCELLED');
    expect(await stockOf(product.productId)).toBe(MAX);
  });

  it('gives back every line in full where it fits, and caps only the full product, in one cancel', async () => {
    // Prepare
    const full = await aProduct(h.db, categoryId, { stock: MAX });
    const roomy = await aProduct(h.db, categoryId, { stock: 40 });
    const orderId = await placeOrder([
      { productId: full.productId, quantity: 7 },
      { productId: roomy.productId, quantity: 4 },
    ]);
    await restock(full.productId, 7);

    // Act
    const cancelled = await cancel(orderId);

    // Assess
    expect(cancelled.body.data?.cancelOrder.status).toBe('CANCELLED');
    expect([await stockOf(full.productId), await stockOf(roomy.productId)]).toEqual([MAX, 40]);
  });

  it('gives the whole quantity back far from the ceiling, and refuses a second cancel with CONFLICT', async () => {
    // Prepare
    const product = await aProduct(h.db, categoryId, { stock: 100 });
    const orderId = await placeOrder([{ productId: product.productId, quantity: 5 }]);

    // Act
    const cancelled = await cancel(orderId);
    const again = await cancel(orderId);

    // Assess
    expect(cancelled.body.data?.cancelOrder.status).toBe('CANCELLED');
    expect(await stockOf(product.productId)).toBe(100);
    expect(again.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await stockOf(product.productId)).toBe(100);
  });
});
