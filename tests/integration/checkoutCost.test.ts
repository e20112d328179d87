import { aCategory, aProduct } from '../factories/catalog';
import { aCart, createCheckoutKit } from '../helpers/checkoutKit';

const BEGIN = `mutation($input: CheckoutBeginInput!) { checkoutBegin(input: $input) { order { id } userErrors { code } } }`;
const PLACE = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }`;

interface Cost {
  dynamoRequests: number;
  readUnits: number;
  writeUnits: number;
}

/** What a hold costs over placeOrder, in DynamoDB requests and units (docs/checkout.md quotes these). */
describe('the DynamoDB cost of a checkout’s hold', () => {
  it('holds two lines in the one transaction that writes the order: no request more than placeOrder for the hold itself', async () => {
    // Prepare
    const kit = await createCheckoutKit({ costForEveryone: true });
    const category = await aCategory(kit.h.db);
    const products = await Promise.all([
      aProduct(kit.h.db, category.categoryId, { stock: 9 }),
      aProduct(kit.h.db, category.categoryId, { stock: 9 }),
    ]);
    const lines = products.map((product) => ({ productId: product.productId, quantity: 1 }));
    const cart = await aCart(kit.h.db, 'cost-shopper', lines);
    const token = kit.h.token({ sub: 'cost-shopper' });

    // Act
    kit.h.calls.length = 0;
    const placed = await kit.h.gql({ query: PLACE, variables: { input: { idempotencyKey: 'cost-place', items: lines } }, token });
    const placeCalls = kit.h.calls.splice(0);
    const begun = await kit.h.gql({ query: BEGIN, variables: { input: { cartId: cart.cartId, idempotencyKey: 'cost-begin' } }, token });
    const beginCalls = kit.h.calls.splice(0);

    // Assess
    const placeCost = placed.body.extensions!.cost as Cost;
    const beginCost = begun.body.extensions!.cost as Cost;
    console.log(
      `placeOrder: ${JSON.stringify(placeCalls)} ${JSON.stringify(placeCost)}\ncheckoutBegin: ${JSON.stringify(beginCalls)} ${JSON.stringify(beginCost)}`,
    );
    expect(placeCalls.filter((name) => name === 'TransactWriteItemsCommand' || name === 'TransactWriteCommand')).toHaveLength(1);
    expect(beginCalls.filter((name) => name.startsWith('TransactWrite'))).toHaveLength(1);
    // the cart and its checkout pointer, the products (and codes), the order's transaction, the payment record, the payment id on the order
    expect(beginCalls.length).toBeLessThanOrEqual(7);
  });
});
