import type { CartItem } from '../../data/entities/cart';
import { discountCodeKey } from '../../data/entities/discountCode';
import type { ProductItem } from '../../data/entities/product';
import type { DiscountCodeState } from '../../data/discountCodes';
import { cartCost, type CartCostResult } from '../../domain/checkout/cartCost';
import { shippingMethodsFor, type ShippingMethod } from '../../domain/checkout/shippingMethods';
import type { Context } from '../context';

/** What a cart's fields are computed from: its lines' products, its codes, its shipping and its cost, read once per request. */
export interface CartView {
  readonly products: ReadonlyMap<string, ProductItem | null>;
  readonly codes: readonly DiscountCodeState[];
  readonly offered: readonly ShippingMethod[];
  readonly shippingMethod: ShippingMethod | null;
  readonly cost: CartCostResult;
}

const views = new WeakMap<CartItem, Promise<CartView>>();

/**
 * The view of a cart, computed once per cart object: the lines' products, the codes and the
 * customer's uses of them go out through the request's loaders, so they share one BatchGetItem.
 */
export function cartView(cart: CartItem, context: Context): Promise<CartView> {
  let view = views.get(cart);
  if (!view) {
    view = buildView(cart, context);
    views.set(cart, view);
  }
  return view;
}

async function buildView(cart: CartItem, { loaders, settings }: Context): Promise<CartView> {
  const now = new Date();
  const productIds = [...new Set(cart.lines.map((line) => line.productId))];
  const [products, codes] = await Promise.all([
    Promise.all(productIds.map(async (productId) => [productId, await loaders.product.load(productId)] as const)),
    Promise.all(
      cart.discountCodes.map(async (entered): Promise<DiscountCodeState> => {
        const codeKey = discountCodeKey(entered);
        const [item, use] = await Promise.all([
          loaders.discountCode.load(codeKey),
          cart.customerId ? loaders.discountCodeUse.load({ codeKey, customerId: cart.customerId }) : null,
        ]);
        return { entered, item, usedByCustomer: use !== null };
      }),
    ),
  ]);
  const byId = new Map(products);
  const offered = shippingMethodsFor(settings, cart.shippingAddress?.countryCode, cart.currency);
  const shippingMethod = offered.find((method) => method.id === cart.shippingMethodId) ?? null;
  const cost = cartCost({
    lines: cart.lines.map((line) => ({ variantId: line.variantId, quantity: line.quantity, product: byId.get(line.productId) ?? null })),
    discountCodes: codes,
    shippingMethod,
    customerId: cart.customerId ?? null,
    currency: cart.currency ?? null,
    now,
  });
  return { products: byId, codes, offered, shippingMethod, cost };
}
