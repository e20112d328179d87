/** Why a cart change was refused (nothing was written): the schema's `CartErrorCode`, with what the user error reports. */
export type CartErrorCode =
  | 'CART_NOT_FOUND'
  | 'CART_COMPLETED'
  | 'LINE_NOT_FOUND'
  | 'MERCHANDISE_NOT_FOUND'
  | 'OUT_OF_STOCK'
  | 'INSUFFICIENT_STOCK'
  | 'LIMIT_EXCEEDED'
  | 'CURRENCY_MISMATCH'
  | 'DISCOUNT_CODE_INVALID'
  | 'ADDRESS_NOT_FOUND'
  | 'SHIPPING_METHOD_UNAVAILABLE'
  | 'INVALID';

export interface CartProblem {
  readonly code: CartErrorCode;
  /** The input field at fault, as a path from the mutation's arguments. */
  readonly field?: readonly string[];
  readonly message: string;
  readonly lineId?: string;
  readonly available?: number;
}

export function cartProblem(code: CartErrorCode, message: string, extra: Omit<CartProblem, 'code' | 'message'> = {}): CartProblem {
  return { code, message, ...extra };
}

/** A cart change's result: the cart after it, or every reason it was refused. */
export type CartChangeResult<T> =
  { readonly kind: 'changed'; readonly cart: T } | { readonly kind: 'refused'; readonly problems: readonly CartProblem[] };
