/** Why a checkout was refused (the schema's CheckoutErrorCode). */
export type CheckoutErrorCode =
  | 'CART_NOT_FOUND'
  | 'CART_EMPTY'
  | 'CART_COMPLETED'
  | 'OUT_OF_STOCK'
  | 'MERCHANDISE_NOT_FOUND'
  | 'PRICE_CHANGED'
  | 'DISCOUNT_CODE_NOT_APPLICABLE'
  | 'SHIPPING_ADDRESS_REQUIRED'
  | 'SHIPPING_METHOD_REQUIRED'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'ORDER_NOT_FOUND'
  | 'ORDER_NOT_PENDING'
  | 'HOLD_EXPIRED'
  | 'PAYMENT_DECLINED'
  | 'INVALID';

/** One reason a checkout was refused, as `CheckoutUserError` carries it. */
export interface CheckoutProblem {
  readonly code: CheckoutErrorCode;
  readonly message: string;
  readonly field?: readonly string[];
  readonly lineId?: string;
  readonly available?: number;
  readonly currentTotal?: { readonly amount: number; readonly currency: string };
}

/** A checkout refused for reasons a correct client can meet: nothing was held, charged or written (the payload's `userErrors`). */
export class CheckoutRefusedError extends Error {
  override readonly name = 'CheckoutRefusedError';
  constructor(
    readonly problems: readonly CheckoutProblem[],
    options?: ErrorOptions,
  ) {
    super(problems.map((problem) => problem.message).join(' '), options);
  }
}

export const refuseCheckout = (problem: CheckoutProblem, options?: ErrorOptions): never => {
  throw new CheckoutRefusedError([problem], options);
};
