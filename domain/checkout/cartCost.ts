import type { DiscountCodeItem } from '../../data/entities/discountCode';
import type { ProductItem } from '../../data/entities/product';
import type { DiscountCodeState } from '../../data/discountCodes';
import { findVariant } from '../../data/variants';
import type { ShippingMethod } from './shippingMethods';

/** Why a code on a cart does not apply: the schema's `DiscountCodeProblem`. */
export type DiscountCodeReason = 'EXPIRED' | 'USED_UP' | 'ALREADY_USED' | 'MINIMUM_NOT_MET' | 'CURRENCY_MISMATCH' | 'NOT_COMBINABLE';

export interface CostLine {
  readonly variantId: string;
  readonly quantity: number;
  /** The line's product as the catalog holds it now; null when it is gone. */
  readonly product: ProductItem | null;
}

export interface CartCostInput {
  readonly lines: readonly CostLine[];
  /** The cart's codes in their order, with the shop's code items and the customer's use of them (`getDiscountCodes`). */
  readonly discountCodes: readonly DiscountCodeState[];
  readonly shippingMethod?: ShippingMethod | null;
  readonly customerId?: string | null;
  /** The cart's currency; when absent, the first priced line's, else the shipping method's, else USD. */
  readonly currency?: string | null;
  readonly now: Date;
}

export interface CartCostResult {
  readonly currency: string;
  /** The sum of the priced lines' unit price × quantity (lines of missing or archived variants are not priced). */
  readonly subtotal: number;
  readonly discountTotal: number;
  /** The shipping method's amount; null without one. */
  readonly shipping: number | null;
  /** subtotal − discountTotal + shipping. */
  readonly total: number;
  /** The code that applies (as the shop spells it); undefined when none does. */
  readonly appliedCode?: string;
  /** Every other code on the cart, in cart order, with why it does not apply. */
  readonly codeProblems: ReadonlyArray<{ readonly code: string; readonly reason: DiscountCodeReason }>;
}

/**
 * What a cart costs, in minor units: the one computation the cart shows and the checkout charges.
 * One code applies at a time, the first that applies in the cart's order; the others are
 * NOT_COMBINABLE or say why they do not apply. A percentage rounds half up to the minor unit; a
 * fixed amount is at most the subtotal; the discount applies to the subtotal, never to shipping.
 *
 * @example
 * cartCost({ lines: [{ variantId, quantity: 2, product }], discountCodes, shippingMethod, now: new Date() });
 */
export function cartCost({ lines, discountCodes, shippingMethod, currency: cartCurrency, now }: CartCostInput): CartCostResult {
  let subtotal = 0;
  let lineCurrency: string | undefined;
  for (const line of lines) {
    if (!line.product || line.product.status !== 'ACTIVE') continue;
    const variant = findVariant(line.product, line.variantId);
    if (!variant || variant.status !== 'ACTIVE') continue;
    lineCurrency ??= variant.currency;
    subtotal += variant.priceAmount * line.quantity;
  }
  const currency = cartCurrency ?? lineCurrency ?? shippingMethod?.currency ?? 'USD';
  let appliedCode: string | undefined;
  let discountTotal = 0;
  const codeProblems: Array<{ code: string; reason: DiscountCodeReason }> = [];
  for (const state of discountCodes) {
    const code = state.item?.code ?? state.entered;
    const reason = state.item ? problemOf(state.item, state.usedByCustomer, { subtotal, currency, now }) : 'EXPIRED';
    if (reason) codeProblems.push({ code, reason });
    else if (appliedCode !== undefined) codeProblems.push({ code, reason: 'NOT_COMBINABLE' });
    else {
      appliedCode = code;
      discountTotal = discountOf(state.item!, subtotal);
    }
  }
  const shipping = shippingMethod ? shippingMethod.amount : null;
  return {
    currency,
    subtotal,
    discountTotal,
    shipping,
    total: subtotal - discountTotal + (shipping ?? 0),
    ...(appliedCode === undefined ? {} : { appliedCode }),
    codeProblems,
  };
}

/** Why a code does not apply to this subtotal now; undefined when it does. */
export function problemOf(
  code: DiscountCodeItem,
  usedByCustomer: boolean,
  { subtotal, currency, now }: { subtotal: number; currency: string; now: Date },
): DiscountCodeReason | undefined {
  if (now.getTime() < Date.parse(code.startsAt) || (code.endsAt && now.getTime() >= Date.parse(code.endsAt))) return 'EXPIRED';
  if (code.usageLimit != null && code.usageCount >= code.usageLimit) return 'USED_UP';
  if (code.oncePerCustomer && usedByCustomer) return 'ALREADY_USED';
  if (code.currency && code.currency !== currency) return 'CURRENCY_MISMATCH';
  if (code.minimumSubtotal != null && subtotal < code.minimumSubtotal) return 'MINIMUM_NOT_MET';
  return undefined;
}

/** What a code takes off a subtotal: a percentage rounded half up to the minor unit, or a fixed amount, at most the subtotal. */
export function discountOf(code: Pick<DiscountCodeItem, 'kind' | 'value'>, subtotal: number): number {
  const amount = code.kind === 'PERCENTAGE' ? Math.floor((subtotal * code.value + 50) / 100) : code.value;
  return Math.min(amount, subtotal);
}
