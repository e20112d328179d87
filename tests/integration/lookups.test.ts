import { placeOrder } from '../../domain/orders/placeOrder';
import { aCategory, aProduct } from '../factories/catalog';
import { createHarness, type Harness } from '../helpers/handlerHarness';

/** One rule for every lookup by id: null for a missing object and for one that is not yours, never an error. */
describe('lookups by id through the Lambda handler', () => {
  let h: Harness;
  let orderId: string;

  beforeAll(async () => {
    h = await createHarness();
    const category = await aCategory(h.db);
    const product = await aProduct(h.db, category.categoryId);
    const placed = await placeOrder(h.db, {
      customerId: 'lookup-owner',
      idempotencyKey: 'lookup-1',
      items: [{ productId: product.productId, quantity: 1 }],
    });
    orderId = placed.order.orderId;
  });

  it.each([
    ['product', 'query { found: product(id: "no-such-product") { id } }'],
    ['productBySku', 'query { found: productBySku(sku: "NO-SUCH-SKU") { id } }'],
    ['category', 'query { found: category(id: "no-such-category") { id } }'],
    ['order', 'query { found: order(id: "no-such-order") { id } }'],
  ])('answers null without an error for a missing %s', async (_field, query) => {
    // Act
    const response = await h.gql({ query, token: h.token({ sub: 'lookup-stranger' }) });

    // Assess
    expect(response.statusCode).toBe(200);
    expect(response.body).toEqual({ data: { found: null } });
  });

  it('answers null for someone else’s order, exactly as for a missing one', async () => {
    // Act
    const stranger = await h.gql({
      query: `query($id: ID!) { order(id: $id) { id } }`,
      variables: { id: orderId },
      token: h.token({ sub: 'lookup-stranger' }),
    });
    const owner = await h.gql<{ order: { id: string } }>({
      query: `query($id: ID!) { order(id: $id) { id } }`,
      variables: { id: orderId },
      token: h.token({ sub: 'lookup-owner' }),
    });

    // Assess
    expect(stranger.body).toEqual({ data: { order: null } });
    expect(owner.body.data!.order.id).toBe(orderId);
  });

  it('still refuses a malformed id with BAD_USER_INPUT', async () => {
    // Act
    const response = await h.gql({ query: 'query { order(id: "a#b") { id } }', token: h.token({ sub: 'lookup-stranger' }) });

    // Assess
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
