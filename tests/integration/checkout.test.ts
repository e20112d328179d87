import type { CategoryItem } from '../../data/entities/category';
import { discountCodeKey } from '../../data/entities/discountCode';
import { getDiscountCodes, insertDiscountCode } from '../../data/discountCodes';
import { getOrderWithLines } from '../../data/orders';
import { getProduct } from '../../data/products';
import { LOCAL_TEST_CARDS } from '../../domain/payments/localProvider';
import { PaymentProviderError } from '../../domain/payments/paymentErrors';
import type { PaymentProvider } from '../../domain/payments/paymentProvider';
import { aCategory, aProduct } from '../factories/catalog';
import { aCart, createCheckoutKit, type CheckoutKit } from '../helpers/checkoutKit';

const ORDER_FIELDS = `id status version paymentStatus holdExpiresAt trackingNumber
  total { amount } subtotal { amount } shippingTotal { amount } refundedTotal { amount }
  refunds { amount { amount } } history { status note }`;
const BEGIN = `mutation($input: CheckoutBeginInput!) { checkoutBegin(input: $input) {
  order { ${ORDER_FIELDS} } payment { provider clientSecret amount { amount currency } } userErrors { code lineId available message } } }`;
const CONFIRM = `mutation($input: CheckoutPaymentConfirmInput!) { checkoutPaymentConfirm(input: $input) { order { ${ORDER_FIELDS} } userErrors { code } } }`;
const CANCEL = `mutation($input: OrderCancelInput!) { orderCancel(input: $input) { order { ${ORDER_FIELDS} } userErrors { code } } }`;
const FULFILL = `mutation($input: OrderFulfillInput!) { orderFulfill(input: $input) { order { ${ORDER_FIELDS} } userErrors { code } } }`;
const DELIVERED = `mutation($input: OrderMarkDeliveredInput!) { orderMarkDelivered(input: $input) { order { ${ORDER_FIELDS} } userErrors { code } } }`;
const REFUND = `mutation($input: OrderRefundInput!) { orderRefund(input: $input) { order { ${ORDER_FIELDS} } userErrors { code } } }`;
const ORDER = `query($id: ID!) { order(id: $id) { ${ORDER_FIELDS} } }`;
const PLACE = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { status } }`;
const ORDERS = `query($status: OrderStatus!) { orders(status: $status, first: 50) { edges { node { id } } } }`;

interface OrderView {
  id: string;
  status: string;
  version: number;
  paymentStatus: string;
  holdExpiresAt: string | null;
  trackingNumber: string | null;
  total: { amount: number };
  subtotal: { amount: number };
  shippingTotal: { amount: number };
  refundedTotal: { amount: number };
  refunds: Array<{ amount: { amount: number } }>;
  history: Array<{ status: string; note: string | null }>;
}
type Payload = { order: OrderView | null; userErrors: Array<{ code: string; available?: number }> };

describe('checkout and the order’s life (DynamoDB Local, the local provider, the webhook function)', () => {
  let kit: CheckoutKit;
  let category: CategoryItem;
  const admin = () => kit.h.token({ sub: 'admin-1', admin: true });

  beforeAll(async () => {
    kit = await createCheckoutKit();
    category = await aCategory(kit.h.db);
  });
  afterEach(() => kit.use(kit.provider));

  async function call<T = Payload>(query: string, input: Record<string, unknown>, token: string, field: string): Promise<T> {
    const { body } = await kit.h.gql<Record<string, T>>({ query, variables: { input }, token });
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data![field]!;
  }

  /** A customer's cart of one product (price 1000, `stock` units), checked out. */
  async function begun(customer: string, { stock = 5, quantity = 2 } = {}) {
    // each test sees only the deliveries of its own payments
    await kit.provider.settled();
    kit.provider.deliveries.length = 0;
    const product = await aProduct(kit.h.db, category.categoryId, { stock });
    const cart = await aCart(kit.h.db, customer, [{ productId: product.productId, quantity }]);
    const token = kit.h.token({ sub: customer });
    const begin = await call<Payload & { payment: { amount: { amount: number } } | null }>(
      BEGIN,
      { cartId: cart.cartId, idempotencyKey: `k-${cart.cartId}` },
      token,
      'checkoutBegin',
    );
    return { product, cart, token, begin, order: begin.order! };
  }
  const stockOf = async (productId: string) => (await getProduct(kit.h.db, { productId, consistent: true }))!;
  const confirm = (orderId: string, card: string, token: string, key = card) =>
    call(CONFIRM, { orderId, paymentMethod: card, idempotencyKey: key }, token, 'checkoutPaymentConfirm');

  it('sells a cart from checkout to delivered: held, paid by the webhook, fulfilled, delivered, refunded in part then in full', async () => {
    // Prepare
    const { product, token, begin, order } = await begun('shopper-life');

    // Act
    const paid = await confirm(order.id, LOCAL_TEST_CARDS.approve, token);
    const outcomes = await kit.deliverAll();
    const afterWebhook = (await kit.h.gql<{ order: OrderView }>({ query: ORDER, variables: { id: order.id }, token })).body.data!.order;
    const fulfilled = await call(
      FULFILL,
      { orderId: order.id, expectedVersion: afterWebhook.version, trackingNumber: 'TRACK-1' },
      admin(),
      'orderFulfill',
    );
    const delivered = await call(DELIVERED, { orderId: order.id, expectedVersion: fulfilled.order!.version }, admin(), 'orderMarkDelivered');
    const partial = await call(
      REFUND,
      { orderId: order.id, expectedVersion: delivered.order!.version, amount: 300, idempotencyKey: 'r1' },
      admin(),
      'orderRefund',
    );
    const full = await call(REFUND, { orderId: order.id, expectedVersion: partial.order!.version, idempotencyKey: 'r2' }, admin(), 'orderRefund');

    // Assess
    expect(begin.userErrors).toEqual([]);
    expect(order).toMatchObject({ status: 'PENDING_PAYMENT', paymentStatus: 'PENDING', total: { amount: 2500 }, version: 1 });
    expect(order.holdExpiresAt).not.toBeNull();
    expect(begin.payment!.amount.amount).toBe(2500);
    expect(paid.order).toMatchObject({ status: 'PAID', paymentStatus: 'PAID', holdExpiresAt: null });
    expect(outcomes).toEqual(['applied']);
    expect(afterWebhook).toMatchObject({ status: 'PAID', version: 2 });
    expect(fulfilled.order).toMatchObject({ status: 'FULFILLED', trackingNumber: 'TRACK-1', version: 3 });
    expect(delivered.order).toMatchObject({ status: 'DELIVERED', version: 4 });
    expect(partial.order).toMatchObject({ status: 'DELIVERED', paymentStatus: 'PARTIALLY_REFUNDED', refundedTotal: { amount: 300 } });
    expect(full.order).toMatchObject({ status: 'REFUNDED', paymentStatus: 'REFUNDED', refundedTotal: { amount: 2500 } });
    expect(full.order!.refunds.map((refund) => refund.amount.amount)).toEqual([300, 2200]);
    expect(full.order!.history.map((entry) => entry.status)).toEqual(['PENDING_PAYMENT', 'PAID', 'FULFILLED', 'DELIVERED', 'REFUNDED']);
    const after = await stockOf(product.productId);
    expect(after.stock).toBe(3);
    expect(after.holds).toEqual({});
  });

  it('keeps the order pending after a declined card, and a good card then pays it', async () => {
    // Prepare
    const { token, order } = await begun('shopper-decline');

    // Act
    const declined = await confirm(order.id, LOCAL_TEST_CARDS.decline, token);
    await kit.deliverAll();
    const retried = await confirm(order.id, LOCAL_TEST_CARDS.approve, token);

    // Assess
    expect(declined).toEqual({ order: null, userErrors: [{ code: 'PAYMENT_DECLINED' }] });
    expect(retried.order).toMatchObject({ status: 'PAID' });
  });

  it('refuses a payment after the hold expired (HOLD_EXPIRED, nothing charged) and has the units back the moment it expires', async () => {
    // Prepare
    const { product, token, order } = await begun('shopper-expiry', { stock: 2, quantity: 2 });
    const heldStock = (await stockOf(product.productId)).stock;

    // Act
    kit.clock.advanceMinutes(11);
    const read = (await kit.h.gql<{ order: OrderView }>({ query: ORDER, variables: { id: order.id }, token })).body.data!.order;
    const another = await aCart(kit.h.db, 'shopper-after', [{ productId: product.productId, quantity: 2 }]);
    const second = await call(
      BEGIN,
      { cartId: another.cartId, idempotencyKey: 'after-expiry' },
      kit.h.token({ sub: 'shopper-after' }),
      'checkoutBegin',
    );
    const refused = await confirm(order.id, LOCAL_TEST_CARDS.approve, token);

    // Assess
    expect(heldStock).toBe(0);
    expect(read).toMatchObject({ status: 'CANCELLED', paymentStatus: 'FAILED', holdExpiresAt: null });
    expect(read.history.at(-1)).toEqual({ status: 'CANCELLED', note: 'hold expired' });
    expect(second.userErrors).toEqual([]);
    expect(refused).toEqual({ order: null, userErrors: [{ code: 'HOLD_EXPIRED' }] });
    expect(kit.provider.deliveries.filter((delivery) => delivery.body.includes('payment.succeeded'))).toEqual([]);
  });

  it('lets placeOrder sell the units of an expired hold, folding the hold back in its one update', async () => {
    // Prepare: the last 2 units held by a checkout whose hold then expires
    const { product } = await begun('shopper-held', { stock: 2, quantity: 2 });
    kit.clock.advanceMinutes(11);

    // Act
    const placed = await kit.h.gql<{ placeOrder: { status: string } }>({
      query: PLACE,
      variables: { input: { idempotencyKey: 'after-hold', items: [{ productId: product.productId, quantity: 2 }] } },
      token: kit.h.token({ sub: 'shopper-placing' }),
    });

    // Assess
    expect(placed.body.errors).toBeUndefined();
    expect(placed.body.data!.placeOrder.status).toBe('PLACED');
    expect(await stockOf(product.productId)).toMatchObject({ stock: 0, holds: {} });
  });

  it('cancels and refunds in full a payment that succeeds after its hold expired and its units were sold, listing the refund', async () => {
    // Prepare: the hold expires, another checkout takes the units (folding the hold back)
    const { product, order } = await begun('shopper-late', { stock: 2, quantity: 2 });
    kit.clock.advanceMinutes(11);
    const other = await aCart(kit.h.db, 'shopper-sooner', [{ productId: product.productId, quantity: 2 }]);
    const taken = await call(BEGIN, { cartId: other.cartId, idempotencyKey: 'sooner' }, kit.h.token({ sub: 'shopper-sooner' }), 'checkoutBegin');
    const { paymentId } = (await getOrderWithLines(kit.h.db, { orderId: order.id, consistent: true }))!.order;

    // Act: the late payment succeeds at the provider and its webhook arrives
    await kit.provider.confirm({ paymentId: paymentId!, paymentMethod: LOCAL_TEST_CARDS.approve, idempotencyKey: 'late' });
    await kit.deliverAll();
    const read = (await kit.h.gql<{ order: OrderView }>({ query: ORDER, variables: { id: order.id }, token: admin() })).body.data!.order;

    // Assess
    expect(taken.userErrors).toEqual([]);
    expect(read).toMatchObject({ status: 'CANCELLED', paymentStatus: 'REFUNDED', refundedTotal: { amount: order.total.amount } });
    expect(read.refunds).toEqual([{ amount: { amount: order.total.amount } }]);
    expect((await stockOf(product.productId)).stock).toBe(0);
  });

  it('releases the earlier pending checkout of a cart when the cart is checked out again, and a retry gets the same order', async () => {
    // Prepare
    const { product, cart, token, order } = await begun('shopper-again', { stock: 3, quantity: 3 });

    // Act
    const again = await call(BEGIN, { cartId: cart.cartId, idempotencyKey: 'again-2' }, token, 'checkoutBegin');
    const retried = await call(BEGIN, { cartId: cart.cartId, idempotencyKey: 'again-2' }, token, 'checkoutBegin');
    const earlier = (await kit.h.gql<{ order: OrderView }>({ query: ORDER, variables: { id: order.id }, token })).body.data!.order;

    // Assess
    expect(again.userErrors).toEqual([]);
    expect(retried.order!.id).toBe(again.order!.id);
    expect(earlier).toMatchObject({ status: 'CANCELLED' });
    expect(earlier.history.at(-1)!.note).toBe('replaced by a new checkout of its cart');
    const stored = await stockOf(product.productId);
    expect(stored.stock).toBe(0);
    expect(Object.keys(stored.holds as object)).toEqual([again.order!.id]);
  });

  it('holds nothing when the provider is down at checkout: SERVICE_UNAVAILABLE, stock as it was, the order ended', async () => {
    // Prepare
    const down: PaymentProvider = {
      ...kit.provider,
      name: 'local',
      createPayment: () => Promise.reject(new PaymentProviderError('connect ECONNREFUSED')),
    };
    kit.use(down);
    const product = await aProduct(kit.h.db, category.categoryId, { stock: 4 });
    const cart = await aCart(kit.h.db, 'shopper-down', [{ productId: product.productId, quantity: 3 }]);

    // Act
    const { body } = await kit.h.gql({
      query: BEGIN,
      variables: { input: { cartId: cart.cartId, idempotencyKey: 'down-1' } },
      token: kit.h.token({ sub: 'shopper-down' }),
    });

    // Assess
    expect(body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    const after = await stockOf(product.productId);
    expect(after.stock).toBe(4);
    expect(after.holds).toEqual({});
  });

  it('applies the same webhook twice and a late failure harmlessly: paid once', async () => {
    // Prepare
    const { token, order } = await begun('shopper-replay');
    await confirm(order.id, LOCAL_TEST_CARDS.decline, token, 'decline');
    await kit.provider.settled();
    const failed = kit.provider.deliveries.splice(0);
    await confirm(order.id, LOCAL_TEST_CARDS.approve, token, 'approve');
    await kit.provider.settled();
    const succeeded = kit.provider.deliveries.splice(0);

    // Act
    const outcomes = [await kit.deliver(succeeded[0]!), await kit.deliver(succeeded[0]!), await kit.deliver(failed[0]!)];
    const read = (await kit.h.gql<{ order: OrderView }>({ query: ORDER, variables: { id: order.id }, token })).body.data!.order;

    // Assess
    expect(outcomes).toEqual(['applied', 'duplicate', 'stale']);
    expect(read).toMatchObject({ status: 'PAID', version: 2 });
  });

  it('refuses a refund larger than what was paid, writing nothing', async () => {
    // Prepare
    const { token, order } = await begun('shopper-refund');
    const paid = await confirm(order.id, LOCAL_TEST_CARDS.approve, token);

    // Act
    const refused = await call(
      REFUND,
      { orderId: order.id, expectedVersion: paid.order!.version, amount: 2501, idempotencyKey: 'big' },
      admin(),
      'orderRefund',
    );
    const read = (await kit.h.gql<{ order: OrderView }>({ query: ORDER, variables: { id: order.id }, token })).body.data!.order;

    // Assess
    expect(refused).toEqual({ order: null, userErrors: [{ code: 'REFUND_EXCEEDS_PAID' }] });
    expect(read).toMatchObject({ status: 'PAID', version: paid.order!.version, refundedTotal: { amount: 0 } });
  });

  it('lets a customer cancel a PAID order: refunded in full, its units back in stock', async () => {
    // Prepare
    const { product, token, order } = await begun('shopper-cancel', { stock: 5, quantity: 2 });
    await confirm(order.id, LOCAL_TEST_CARDS.approve, token);

    // Act
    const cancelled = await call(CANCEL, { orderId: order.id }, token, 'orderCancel');

    // Assess
    expect(cancelled.order).toMatchObject({ status: 'CANCELLED', paymentStatus: 'REFUNDED', refundedTotal: { amount: 2500 } });
    expect((await stockOf(product.productId)).stock).toBe(5);
  });

  it('refuses a stale version (VERSION_STALE) and an illegal move (CONFLICT), writing nothing', async () => {
    // Prepare
    const { token, order } = await begun('shopper-versions');
    const paid = await confirm(order.id, LOCAL_TEST_CARDS.approve, token);

    // Act
    const stale = await call(FULFILL, { orderId: order.id, expectedVersion: 1, trackingNumber: 'T' }, admin(), 'orderFulfill');
    const conflict = await call(DELIVERED, { orderId: order.id, expectedVersion: paid.order!.version }, admin(), 'orderMarkDelivered');
    const read = (await kit.h.gql<{ order: OrderView }>({ query: ORDER, variables: { id: order.id }, token })).body.data!.order;

    // Assess
    expect(stale.userErrors).toEqual([{ code: 'VERSION_STALE' }]);
    expect(conflict.userErrors).toEqual([{ code: 'CONFLICT' }]);
    expect(read).toMatchObject({ status: 'PAID', version: paid.order!.version });
  });

  it('lists the orders in a status for admins only, newest first', async () => {
    // Prepare
    const first = await begun('shopper-list-1');
    kit.clock.advanceMinutes(1);
    const second = await begun('shopper-list-2');

    // Act
    const listed = await kit.h.gql<{ orders: { edges: Array<{ node: { id: string } }> } }>({
      query: ORDERS,
      variables: { status: 'PENDING_PAYMENT' },
      token: admin(),
    });
    const forbidden = await kit.h.gql({ query: ORDERS, variables: { status: 'PENDING_PAYMENT' }, token: first.token });

    // Assess
    const ids = listed.body.data!.orders.edges.map((edge) => edge.node.id);
    expect(ids.indexOf(second.order.id)).toBeLessThan(ids.indexOf(first.order.id));
    expect(ids.indexOf(first.order.id)).toBeGreaterThanOrEqual(0);
    expect(forbidden.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('sells the last use of a discount code once, in the order’s own transaction, and gives it back when the order ends unpaid', async () => {
    // Prepare: a code with one use left, on two customers' carts
    const product = await aProduct(kit.h.db, category.categoryId, { stock: 10 });
    const now = kit.clock();
    await insertDiscountCode(kit.h.db, {
      codeKey: discountCodeKey('LASTONE'),
      code: 'LASTONE',
      kind: 'PERCENTAGE',
      value: 10,
      startsAt: new Date(now.getTime() - 60_000).toISOString(),
      usageLimit: 1,
      usageCount: 0,
      oncePerCustomer: true,
      createdAt: now.toISOString(),
    });
    const shoppers = ['shopper-code-1', 'shopper-code-2'];
    const carts = await Promise.all(
      shoppers.map((shopper) => aCart(kit.h.db, shopper, [{ productId: product.productId, quantity: 1 }], { discountCodes: ['LASTONE'] })),
    );

    // Act: both check out at once
    const begun = await Promise.all(
      shoppers.map((shopper, index) =>
        call(BEGIN, { cartId: carts[index]!.cartId, idempotencyKey: `code-${shopper}` }, kit.h.token({ sub: shopper }), 'checkoutBegin'),
      ),
    );
    const winner = begun.findIndex((payload) => payload.order !== null);
    const loser = 1 - winner;
    const afterRace = (await getDiscountCodes(kit.h.db, ['LASTONE']))[0]!.item!;
    const winnerToken = kit.h.token({ sub: shoppers[winner]! });
    const cancelled = await call(CANCEL, { orderId: begun[winner]!.order!.id }, winnerToken, 'orderCancel');
    const afterCancel = (await getDiscountCodes(kit.h.db, ['LASTONE'], { customerId: shoppers[winner]! }))[0]!;
    const retried = await call(
      BEGIN,
      { cartId: carts[loser]!.cartId, idempotencyKey: `code-retry-${shoppers[loser]}` },
      kit.h.token({ sub: shoppers[loser]! }),
      'checkoutBegin',
    );

    // Assess
    expect(begun.map((payload) => (payload.order ? 'ORDER' : payload.userErrors.map((error) => error.code).join()))).toEqual(
      expect.arrayContaining(['ORDER', 'DISCOUNT_CODE_NOT_APPLICABLE']),
    );
    expect(begun[winner]!.order).toMatchObject({ subtotal: { amount: 1000 }, total: { amount: 900 + begun[winner]!.order!.shippingTotal.amount } });
    expect(afterRace.usageCount).toBe(1);
    expect(cancelled.order?.status).toBe('CANCELLED');
    expect(afterCancel).toMatchObject({ item: expect.objectContaining({ usageCount: 0 }), usedByCustomer: false });
    expect(retried.userErrors).toEqual([]);
    expect(retried.order?.subtotal.amount).toBe(1000);
  });
});
