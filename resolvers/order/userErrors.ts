import { CheckoutRefusedError } from '../../domain/checkout/checkoutRefusedError';
import { OrderRefusedError } from '../../domain/orders/orderRefusedError';
import type { CheckoutUserError, OrderUserError } from '../../generated/graphql';

/** A checkout refusal as the payload's `userErrors`; any other error goes on to the error boundary. */
export function checkoutUserErrors(error: unknown): CheckoutUserError[] {
  if (!(error instanceof CheckoutRefusedError)) throw error;
  return error.problems.map((problem) => ({
    code: problem.code as CheckoutUserError['code'],
    message: problem.message,
    field: problem.field ? [...problem.field] : null,
    lineId: problem.lineId ?? null,
    available: problem.available ?? null,
    currentTotal: problem.currentTotal ?? null,
  }));
}

/** An order refusal as the payload's `userErrors`; any other error goes on to the error boundary. */
export function orderUserErrors(error: unknown): OrderUserError[] {
  if (!(error instanceof OrderRefusedError)) throw error;
  return [{ code: error.code as OrderUserError['code'], message: error.message, field: error.field ? [...error.field] : null }];
}
