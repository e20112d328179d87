/** A webhook delivery whose signature is missing, wrong, too old, or whose body was changed after signing. */
export class WebhookSignatureError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'WebhookSignatureError';
  }
}

/** The provider refused the request, or could not be reached: nothing was charged by it. */
export class PaymentProviderError extends Error {
  /** The provider's code (Stripe: `card_declined`, `idempotency_error`…), when it gave one. */
  readonly providerCode?: string;
  constructor(message: string, options?: ErrorOptions & { providerCode?: string }) {
    super(message, options);
    this.name = 'PaymentProviderError';
    this.providerCode = options?.providerCode;
  }
}

/** The provider's configuration (its secret) is missing or still the placeholder CDK created. */
export class PaymentConfigurationError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'PaymentConfigurationError';
  }
}
