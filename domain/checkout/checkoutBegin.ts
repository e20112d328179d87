import { createHash } from 'node:crypto';
import { ServiceUnavailableError, TransactionConflictError } from '../../core/errors';
import { getCart } from '../../data/carts';
import { getCartCheckout, recordOrderPayment, writeCheckoutOrder } from '../../data/checkoutOrders';
import { getDiscountCodes, useDiscountCode } from '../../data/discountCodes';
import type { DiscountCodeItem } from '../../data/entities/discountCode';
import { transactItemsOf } from '../../data/transactItems';
import type { CartItem } from '../../data/entities/cart';
import type { OrderItem } from '../../data/entities/order';
import type { ProductItem } from '../../data/entities/product';
import { expiredHoldsOf, type HoldTake, type HoldUnit } from '../../data/holds';
import { getOrderWithLines, type OrderWithLines } from '../../data/orders';
import { batchGetProducts } from '../../data/products';
import { findVariant, productLevelOf, variantsOf } from '../../data/variants';
import { orderIdFor } from '../orders/orderReplay';
import type { OrderDeps } from '../orders/orderDeps';
import { endPendingOrder } from '../orders/endPendingOrder';
import { effectiveOrder } from '../orders/effectiveOrder';
import { pricedLines } from '../pricing';
import { PaymentProviderError } from '../payments/paymentErrors';
import { startPayment } from '../payments/startPayment';
import { availableUnits } from '../stock/availableUnits';
import { cartCost, type CartCostResult } from './cartCost';
import { refuseCheckout, CheckoutRefusedError, type CheckoutProblem } from './checkoutRefusedError';
import { shippingMethodsFor, type ShippingMethod } from './shippingMethods';

export interface CheckoutBeginInput {
  readonly customerId: string;
  readonly cartId: string;
  readonly idempotencyKey: string;
  readonly expectedTotal?: { readonly amount: number; readonly currency: string } | null;
}

export interface CheckoutBeginDeps extends OrderDeps {
  /** The runtime settings in force: `holdMinutes`, and the shipping methods. */
  readonly settings: { readonly holdMinutes: number; readonly shippingMethods: readonly ShippingMethod[] };
}

/** What the browser completes the payment with. */
export interface CheckoutPaymentView {
  readonly provider: string;
  readonly clientSecret?: string;
  readonly amount: number;
  readonly currency: string;
}

/** Times the cart is priced and held before a catalog that keeps changing under it gives up as TRANSACTION_CONFLICT. */
const HOLD_ATTEMPTS = 3;

const KEY_PATTERN = /^.{1,64}$/su;

/**
 * Starts a checkout: the cart (GetItem) and its latest checkout's pointer (GetItem, in parallel),
 * one BatchGetItem of its products (and one of its discount codes), priced by `cartCost`; then ONE
 * transaction writes the order (PENDING_PAYMENT, its hold expiring `holdMinutes` from now), its
 * lines, a hold on each product (the units leave the stock at once, conditioned on it having them)
 * and the codes' uses; then the provider's payment is started (idempotent by the order). The
 * order id derives from (customer, key), so a retry gets the same order and payment. A new checkout
 * of the cart first ends the cart's earlier pending order, giving its holds back. A provider that
 * cannot be reached ends the order at once (holds back, nothing charged): SERVICE_UNAVAILABLE.
 */
export async function checkoutBegin(
  deps: CheckoutBeginDeps,
  input: CheckoutBeginInput,
): Promise<{ readonly order: OrderWithLines; readonly payment: CheckoutPaymentView }> {
  const { db, now } = deps;
  if (!KEY_PATTERN.test(input.idempotencyKey)) {
    refuseCheckout({ code: 'INVALID', field: ['input', 'idempotencyKey'], message: 'idempotencyKey must be 1 to 64 characters.' });
  }
  const orderId = orderIdFor(input.customerId, input.idempotencyKey);
  const [cart, earlierOrderId] = await Promise.all([getCart(db, { cartId: input.cartId, now }), getCartCheckout(db, { cartId: input.cartId })]);
  if (!cart || cart.customerId !== input.customerId) {
    return refuseCheckout({ code: 'CART_NOT_FOUND', field: ['input', 'cartId'], message: 'No such cart of yours (or it expired).' });
  }
  const cartHash = checkoutHashOf(cart);
  if (earlierOrderId === orderId || cart.completedOrderId === orderId) return replay(deps, { orderId, cartHash, customerId: input.customerId });
  if (cart.completedOrderId) return refuseCheckout({ code: 'CART_COMPLETED', message: 'This cart’s order has been paid already.' });
  // the cart's earlier checkout ends first: its holds are this shopper's own units, available to this one
  if (earlierOrderId) await endEarlierCheckout(deps, earlierOrderId);
  const priced = await priceCart(deps, cart, input);

  for (let attempt = 1; attempt <= HOLD_ATTEMPTS; attempt++) {
    const { products, cost, method, applied } = attempt === 1 ? priced : await priceCart(deps, cart, input);
    const order = orderOf(deps, {
      orderId,
      cart,
      cost,
      method,
      applied,
      cartHash,
      holdMinutes: deps.settings.holdMinutes,
      customerId: input.customerId,
      products,
    });
    const byId = new Map(products.map((product) => [product.productId, product]));
    const lines = pricedLines(orderId, cart.lines, byId);
    const outcome = await writeCheckoutOrder(db, {
      order,
      lines,
      holds: holdTakesOf(order, byId, now),
      extra: (order.discountUses ?? []).flatMap((use) =>
        transactItemsOf(db, (entities) =>
          useDiscountCode(entities, { ...use, customerId: input.customerId, usageLimit: applied?.usageLimit, orderId }),
        ),
      ),
    });
    if (outcome.kind === 'written') return pay(deps, { order, lines });
    if (outcome.kind === 'orderExists') return replay(deps, { orderId, cartHash, customerId: input.customerId });
    if (outcome.extraRefused) {
      refuseCheckout({
        code: 'DISCOUNT_CODE_NOT_APPLICABLE',
        field: ['input', 'cartId'],
        message: 'A discount code on the cart was used up or already used by you; remove it or try again.',
      });
    }
    // a product's stock, version or holds moved since it was read: price and hold again (the next read says why)
  }
  throw new TransactionConflictError('The catalog changed while the checkout was being started; retry the request.');
}

/** The cart's products and codes now, priced, or the problems that stop it being held. */
async function priceCart(
  deps: CheckoutBeginDeps,
  cart: CartItem,
  input: CheckoutBeginInput,
): Promise<{ products: ProductItem[]; cost: CartCostResult; method: ShippingMethod; applied?: DiscountCodeItem }> {
  const { db, now } = deps;
  if (!cart.lines.length) refuseCheckout({ code: 'CART_EMPTY', field: ['input', 'cartId'], message: 'The cart has no lines.' });
  if (!cart.shippingAddress) refuseCheckout({ code: 'SHIPPING_ADDRESS_REQUIRED', message: 'Set a shipping address first.' });
  const method = shippingMethodsFor(deps.settings, cart.shippingAddress!.countryCode, cart.currency).find(
    (offered) => offered.id === cart.shippingMethodId,
  );
  if (!method) refuseCheckout({ code: 'SHIPPING_METHOD_REQUIRED', message: 'Choose a shipping method first.' });
  const [products, codes] = await Promise.all([
    batchGetProducts(db, { productIds: [...new Set(cart.lines.map((line) => line.productId))] }),
    getDiscountCodes(db, cart.discountCodes, { customerId: input.customerId }),
  ]);
  const byId = new Map(products.map((product) => [product.productId, product]));
  const problems: CheckoutProblem[] = [];
  for (const line of cart.lines) {
    const product = byId.get(line.productId);
    const variant = product?.status === 'ACTIVE' ? findVariant(product, line.variantId) : undefined;
    if (!product || !variant || variant.status !== 'ACTIVE') {
      problems.push({ code: 'MERCHANDISE_NOT_FOUND', lineId: line.lineId, message: 'This item is no longer sold.' });
      continue;
    }
    const available = availableUnits(product, line.variantId, now);
    if (available < line.quantity) {
      problems.push({ code: 'OUT_OF_STOCK', lineId: line.lineId, available, message: `Only ${available} of "${product.name}" left.` });
    }
  }
  if (problems.length) throw new CheckoutRefusedError(problems);
  const cost = cartCost({
    lines: cart.lines.map((line) => ({ ...line, product: byId.get(line.productId) ?? null })),
    discountCodes: codes,
    shippingMethod: method,
    customerId: input.customerId,
    currency: cart.currency,
    now,
  });
  // a code the cart shows as not combinable simply does not apply; one that stopped applying (used up, expired, …) is refused
  if (cost.codeProblems.some((problem) => problem.reason !== 'NOT_COMBINABLE') || codes.some((code) => !code.item)) {
    refuseCheckout({ code: 'DISCOUNT_CODE_NOT_APPLICABLE', message: 'A discount code on the cart does not apply any more; remove it or try again.' });
  }
  const expected = input.expectedTotal;
  if (expected && (expected.amount !== cost.total || expected.currency !== cost.currency)) {
    refuseCheckout({
      code: 'PRICE_CHANGED',
      field: ['input', 'expectedTotal'],
      currentTotal: { amount: cost.total, currency: cost.currency },
      message: 'The total changed since it was shown; confirm the new total.',
    });
  }
  if (cost.total <= 0) refuseCheckout({ code: 'INVALID', message: 'An order must cost more than nothing to be paid for.' });
  const applied = codes.find((code) => code.item && code.item.code === cost.appliedCode)?.item ?? undefined;
  return { products, cost, method: method!, ...(applied ? { applied } : {}) };
}

function orderOf(
  { now }: CheckoutBeginDeps,
  args: {
    orderId: string;
    cart: CartItem;
    cost: CartCostResult;
    method: ShippingMethod;
    applied?: DiscountCodeItem;
    cartHash: string;
    holdMinutes: number;
    customerId: string;
    products: ProductItem[];
  },
): OrderItem {
  const { orderId, cart, cost, method } = args;
  const byId = new Map(args.products.map((product) => [product.productId, product]));
  const at = now.toISOString();
  return {
    orderId,
    customerId: args.customerId,
    status: 'PENDING_PAYMENT',
    totalAmount: cost.total,
    currency: cost.currency,
    cartHash: args.cartHash,
    lineCount: cart.lines.length,
    placedAt: at,
    updatedAt: at,
    version: 1,
    cartId: cart.cartId,
    subtotalAmount: cost.subtotal,
    discountAmount: cost.discountTotal,
    shippingAmount: cost.shipping ?? 0,
    discountCodes: cost.appliedCode ? [cost.appliedCode] : [],
    shippingAddress: cart.shippingAddress,
    shippingMethod: { id: method.id, title: method.title, amount: method.amount, minDays: method.minDays, maxDays: method.maxDays },
    holdExpiresAt: Math.floor(now.getTime() / 1000) + args.holdMinutes * 60,
    holds: cart.lines.map((line) => {
      const product = byId.get(line.productId)!;
      const variant = findVariant(product, line.variantId)!;
      const several = (product.variants?.length ?? 0) > 1;
      return {
        productId: line.productId,
        holdKey: orderId,
        variantId: variant.variantId,
        quantity: line.quantity,
        ...(several ? { variantIndex: variant.index } : {}),
      };
    }),
    discountUses: args.applied ? [{ code: args.applied.code, oncePerCustomer: args.applied.oncePerCustomer }] : [],
    paymentStatus: 'PENDING',
    refundedAmount: 0,
    refunds: [],
    history: [{ status: 'PENDING_PAYMENT', at }],
  };
}

/** One hold per product: its units, and the expired holds this write folds back into the stock. */
export function holdTakesOf(order: OrderItem, byId: ReadonlyMap<string, ProductItem>, now: Date): HoldTake[] {
  const byProduct = new Map<string, HoldUnit[]>();
  for (const hold of order.holds ?? []) {
    const unit = { v: hold.variantId, i: hold.variantIndex ?? 0, top: hold.variantIndex === undefined, q: hold.quantity };
    byProduct.set(hold.productId, [...(byProduct.get(hold.productId) ?? []), unit]);
  }
  return [...byProduct].map(([productId, units]) => {
    const product = byId.get(productId)!;
    const folds = expiredHoldsOf(product, now);
    const several = (product.variants?.length ?? 0) > 1;
    const lowest = several
      ? productLevelOf(
          variantsOf(product).map((variant) => ({
            ...variant,
            stock: variant.stock - units.filter((unit) => unit.i === variant.index).reduce((sum, unit) => sum + unit.q, 0),
          })),
        ).stock
      : undefined;
    return {
      productId,
      version: product.version,
      holdKey: order.orderId,
      expiresAt: order.holdExpiresAt!,
      units,
      folds,
      holdsExist: product.holds !== undefined,
      ...(lowest !== undefined && lowest < product.stock ? { lowestStock: lowest } : {}),
    };
  });
}

/** Starts the provider's payment for a held order and records it on the order; a provider that fails ends the order (nothing held, nothing charged). */
async function pay(deps: CheckoutBeginDeps, { order, lines }: OrderWithLines): Promise<{ order: OrderWithLines; payment: CheckoutPaymentView }> {
  const { db, now } = deps;
  try {
    const provider = await deps.payments();
    const { payment } = await startPayment(
      { db, provider, now: () => now },
      {
        amount: order.totalAmount,
        currency: order.currency,
        checkoutId: order.cartId!,
        orderId: order.orderId,
        customerId: order.customerId,
        idempotencyKey: `checkout:${order.orderId}`,
      },
    );
    if (order.paymentId !== payment.paymentId) {
      await recordOrderPayment(db, { orderId: order.orderId, paymentProvider: provider.name, paymentId: payment.paymentId });
    }
    const paid = { ...order, paymentProvider: provider.name, paymentId: payment.paymentId };
    return {
      order: { order: paid, lines },
      payment: { provider: provider.name, clientSecret: payment.clientSecret, amount: payment.amount, currency: payment.currency },
    };
  } catch (error) {
    if (!(error instanceof PaymentProviderError) && !isUnreachable(error)) throw error;
    await endPendingOrder(deps, order, 'the payment provider could not be reached');
    throw new ServiceUnavailableError('The payment provider cannot be reached; nothing was held or charged. Try again in a moment.', {
      cause: error,
    });
  }
}

function isUnreachable(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name ?? '';
  return /Connection|Timeout|Network|Fetch|PaymentConfiguration/i.test(name);
}

/** The order this key made for this cart, with its payment (the provider answers a repeated key with the same payment). */
async function replay(
  deps: CheckoutBeginDeps,
  { orderId, cartHash, customerId }: { orderId: string; cartHash: string; customerId: string },
): Promise<{ order: OrderWithLines; payment: CheckoutPaymentView }> {
  const existing = await getOrderWithLines(deps.db, { orderId, consistent: true });
  if (!existing || existing.order.customerId !== customerId || existing.order.cartHash !== cartHash) {
    return refuseCheckout({
      code: 'IDEMPOTENCY_KEY_REUSED',
      field: ['input', 'idempotencyKey'],
      message: 'This idempotencyKey was used for another cart.',
    });
  }
  const order = effectiveOrder(existing.order, deps.now);
  if (order.status === 'PENDING_PAYMENT') return pay(deps, { order, lines: existing.lines });
  if (order.status === 'CANCELLED') {
    return refuseCheckout({ code: 'ORDER_NOT_PENDING', message: 'This checkout has ended; start a new one with a new idempotencyKey.' });
  }
  return {
    order: { order, lines: existing.lines },
    payment: { provider: order.paymentProvider ?? 'local', amount: order.totalAmount, currency: order.currency },
  };
}

/** Ends the cart's earlier checkout if it is still pending, giving its holds back. */
async function endEarlierCheckout(deps: CheckoutBeginDeps, orderId: string): Promise<void> {
  const earlier = await getOrderWithLines(deps.db, { orderId, consistent: true });
  if (earlier?.order.status === 'PENDING_PAYMENT') await endPendingOrder(deps, earlier.order, 'replaced by a new checkout of its cart');
}

/** The fingerprint of a checkout's cart: its id and lines, to tell a retry from a reuse of the key. */
export function checkoutHashOf(cart: Pick<CartItem, 'cartId' | 'lines'>): string {
  const lines = cart.lines.map(({ productId, variantId, quantity }) => ({ productId, variantId, quantity }));
  return createHash('sha256')
    .update(JSON.stringify({ cartId: cart.cartId, lines }))
    .digest('base64url');
}
