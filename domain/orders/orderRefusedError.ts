/** Why an order change was refused (the schema's OrderErrorCode). */
export type OrderErrorCode = 'ORDER_NOT_FOUND' | 'CONFLICT' | 'VERSION_STALE' | 'REFUND_EXCEEDS_PAID' | 'PAYMENT_PROVIDER_ERROR' | 'INVALID';

/** An order change refused for a reason a correct client can meet: nothing was written (the payload's `userErrors`). */
export class OrderRefusedError extends Error {
  override readonly name = 'OrderRefusedError';
  constructor(
    readonly code: OrderErrorCode,
    message: string,
    readonly field?: readonly string[],
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
