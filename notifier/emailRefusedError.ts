/**
 * The email provider refused an email for good (a rejected message, a sender or recipient it may
 * not send for, a suspended account): sending it again cannot succeed, so it is logged, counted
 * and not retried. Any other failure of `Mailer.send` is taken as transient and retried.
 */
export class EmailRefusedError extends Error {
  /** The provider's name for the refusal (`MessageRejected`, `AccessDeniedException`, …). */
  readonly reason: string;

  constructor(reason: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'EmailRefusedError';
    this.reason = reason;
  }
}
