import { formatMoney } from '../../../core/money';

/** A refusal of `checkoutBegin` or `checkoutPaymentConfirm`, as the API gives it (`CheckoutUserError`). */
export interface CheckoutRefusal {
  readonly code: string;
  readonly message: string;
  readonly lineId?: string | null;
  readonly available?: number | null;
  readonly currentTotal?: { readonly amount: number; readonly currency: string } | null;
}

/**
 * What the shopper can do next:
 * - `otherCard`: the card was declined; the order still waits, try another card;
 * - `checkoutAgain`: the hold expired or the order is no longer pending; start a new checkout;
 * - `confirmTotal`: the total changed; confirm the new one (`total`) to go on;
 * - `fixCart`: a line cannot be bought as it is; change the cart first;
 * - `fixDetails`: an address, a shipping method or a discount code needs attention on this page;
 * - `retry`: nothing to change; trying again can help.
 */
export type CheckoutNextStep = 'otherCard' | 'checkoutAgain' | 'confirmTotal' | 'fixCart' | 'fixDetails' | 'retry';

export interface CheckoutProblem {
  readonly code: string;
  readonly message: string;
  readonly next: CheckoutNextStep;
  /** The new total, for `confirmTotal`. */
  readonly total?: { readonly amount: number; readonly currency: string };
}

/** The first refusal in words a shopper can act on, with what to do next; the API's message for codes this build does not know. */
export function checkoutProblemOf(refusal: CheckoutRefusal): CheckoutProblem {
  const { code } = refusal;
  switch (code) {
    case 'PAYMENT_DECLINED':
      return { code, next: 'otherCard', message: 'Your card was declined and nothing was charged. Try another card.' };
    case 'HOLD_EXPIRED':
      return {
        code,
        next: 'checkoutAgain',
        message: 'The time we held your items for ran out, so they went back on sale and nothing was charged. Check out again to order them.',
      };
    case 'ORDER_NOT_PENDING':
      return { code, next: 'checkoutAgain', message: 'This order is no longer waiting for payment (paid, cancelled or expired). Check out again.' };
    case 'PRICE_CHANGED':
      return refusal.currentTotal
        ? {
            code,
            next: 'confirmTotal',
            total: refusal.currentTotal,
            message: `The total changed since this page showed it: it is now ${formatMoney(refusal.currentTotal)}. Confirm the new total to go on.`,
          }
        : { code, next: 'retry', message: 'The total changed since this page showed it. Check it and pay again.' };
    case 'OUT_OF_STOCK':
      return {
        code,
        next: 'fixCart',
        message: refusal.available
          ? `Only ${refusal.available} of an item are left now. Change its quantity in your cart, then check out again.`
          : 'An item in your cart sold out. Remove it from your cart, then check out again.',
      };
    case 'MERCHANDISE_NOT_FOUND':
      return { code, next: 'fixCart', message: 'An item in your cart is no longer sold. Remove it from your cart, then check out again.' };
    case 'CART_EMPTY':
    case 'CART_NOT_FOUND':
    case 'CART_COMPLETED':
      return { code, next: 'fixCart', message: 'Your cart is empty or was already ordered. Add products to your cart to check out.' };
    case 'SHIPPING_ADDRESS_REQUIRED':
      return { code, next: 'fixDetails', message: 'Choose where to ship your order first.' };
    case 'SHIPPING_METHOD_REQUIRED':
      return { code, next: 'fixDetails', message: 'Choose a shipping method first.' };
    case 'DISCOUNT_CODE_NOT_APPLICABLE':
      return { code, next: 'fixDetails', message: 'A discount code on your cart does not apply any more. Remove it, or try again.' };
    default:
      return { code, next: 'retry', message: refusal.message || 'Your order could not be completed. Try again.' };
  }
}
