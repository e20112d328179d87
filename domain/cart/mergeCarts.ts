import type { CartItem } from '../../data/entities/cart';
import { cartLimits } from './cartLimits';

/**
 * The cart a shopper keeps when signing in attaches `into` (the cart in hand) to a customer who
 * already has `from`: `into`'s lines first, then `from`'s; quantities of the same variant added,
 * capped at 99; lines beyond 25, and lines in another currency than `into`'s, left out. `into`'s
 * discount codes, shipping address and shipping method win; where it has none, `from`'s are kept.
 *
 * @example
 * mergeCarts(anonymousCart, customersCart).lines;
 */
export function mergeCarts(into: CartItem, from: CartItem): Pick<CartItem, 'lines' | 'discountCodes'> & Partial<CartItem> {
  const lines = into.lines.map((line) => ({ ...line }));
  const currency = into.lines.length ? into.currency : from.currency;
  if (from.lines.length && from.currency === currency) {
    for (const line of from.lines) {
      const same = lines.find((existing) => existing.variantId === line.variantId);
      if (same) same.quantity = Math.min(cartLimits.maxLineQuantity, same.quantity + line.quantity);
      else if (lines.length < cartLimits.maxLines) lines.push({ ...line });
    }
  }
  const shipping = into.shippingAddress ? into : from;
  return {
    lines,
    ...(currency && lines.length ? { currency } : {}),
    discountCodes: into.discountCodes.length ? [...into.discountCodes] : [...from.discountCodes],
    ...(shipping.shippingAddress ? { shippingAddress: shipping.shippingAddress } : {}),
    ...(into.shippingMethodId
      ? { shippingMethodId: into.shippingMethodId }
      : from.shippingMethodId
        ? { shippingMethodId: from.shippingMethodId }
        : {}),
  };
}
