import type { CartChangeResult, CartProblem } from '../../domain/cart/cartProblem';
import type { CartItem } from '../../data/entities/cart';
import type { CartUserError } from '../../generated/graphql';

/** A refusal as the schema's user error. */
export function cartUserError(problem: CartProblem): CartUserError {
  return {
    code: problem.code,
    field: problem.field ? [...problem.field] : null,
    message: problem.message,
    lineId: problem.lineId ?? null,
    available: problem.available ?? null,
  };
}

/** A cart mutation's payload: the cart after the change, or the refusals. */
export function cartPayload(result: CartChangeResult<CartItem>): { cart: CartItem | null; userErrors: CartUserError[] } {
  if (result.kind === 'refused') return { cart: null, userErrors: result.problems.map(cartUserError) };
  return { cart: result.cart, userErrors: [] };
}
