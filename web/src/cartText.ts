/** What the cart page says about a line's problem (`CartLine.problems`), a code's reason (`CartDiscountCode.reason`) and a refused change (`CartUserError`). */

/** A line's problem in words; codes this build does not know read as "cannot be bought as it is". */
export function lineProblemText(problem: { readonly code: string; readonly available?: number | null }): string {
  switch (problem.code) {
    case 'OUT_OF_STOCK':
      return 'Sold out: remove it to check out.';
    case 'INSUFFICIENT_STOCK':
      return `Only ${problem.available ?? 0} available: lower the quantity to check out.`;
    case 'UNAVAILABLE':
      return 'No longer sold: remove it to check out.';
    default:
      return 'Cannot be bought as it is now: remove it to check out.';
  }
}

/** Why an entered discount code takes nothing off. */
export function discountReasonText(reason: string | null | undefined): string {
  switch (reason) {
    case 'EXPIRED':
      return 'This code has expired or has not started yet.';
    case 'USED_UP':
      return 'This code has been used as many times as it may be.';
    case 'ALREADY_USED':
      return 'You have already used this code; it may be used once per customer.';
    case 'MINIMUM_NOT_MET':
      return 'Your order is below this code’s minimum.';
    case 'CURRENCY_MISMATCH':
      return 'This code is for another currency.';
    case 'NOT_COMBINABLE':
      return 'Another code on your order applies instead: one code applies at a time.';
    default:
      return 'This code does not apply to your order now.';
  }
}

/** A refused cart change in words; the API's own sentence for the rest. */
export function cartErrorText(error: { readonly code: string; readonly message: string; readonly available?: number | null }): string {
  switch (error.code) {
    case 'INSUFFICIENT_STOCK':
      return `Only ${error.available ?? 0} available: choose fewer.`;
    case 'OUT_OF_STOCK':
      return 'This is sold out.';
    case 'DISCOUNT_CODE_INVALID':
      return 'There is no discount code with this text. Check it and try again.';
    case 'LIMIT_EXCEEDED':
      return 'A cart holds at most 25 products, 99 of each, and 5 discount codes.';
    default:
      return error.message;
  }
}

/** The cart is gone (expired, completed by an order, another customer's): a new one must be made. */
export function cartIsGone(errors: ReadonlyArray<{ readonly code: string }>): boolean {
  return errors.some((error) => error.code === 'CART_NOT_FOUND' || error.code === 'CART_COMPLETED');
}
