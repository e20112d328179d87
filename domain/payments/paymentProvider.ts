/**
 * The payment provider the checkout takes money through, with the provider's own words kept
 * behind it: amounts in the currency's minor units, currencies as ISO 4217 codes in upper case,
 * and verified webhook deliveries turned into provider-neutral events. Two implementations:
 * `createStripeProvider` (deployed stages) and `createLocalProvider` (`npm start` and the tests).
 */

/** Where a payment stands, in the provider-neutral words of this project. */
export const PAYMENT_STATUSES = ['requires_payment_method', 'requires_action', 'processing', 'failed', 'succeeded', 'canceled'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/** The events a webhook delivery can carry, once verified and translated. */
export const PAYMENT_EVENT_TYPES = [
  'payment.requires_action',
  'payment.processing',
  'payment.failed',
  'payment.succeeded',
  'payment.canceled',
  'refund.succeeded',
  'refund.failed',
] as const;
export type PaymentEventType = (typeof PAYMENT_EVENT_TYPES)[number];

export const PAYMENT_PROVIDER_NAMES = ['local', 'stripe'] as const;
export type PaymentProviderName = (typeof PAYMENT_PROVIDER_NAMES)[number];

/** Our ids, carried by the provider's payment (Stripe: its metadata) and given back in every event. */
export interface PaymentReferences {
  readonly checkoutId: string;
  readonly orderId?: string;
  readonly customerId?: string;
}

export interface CreatePaymentInput extends PaymentReferences {
  /** Minor units (cents), a positive integer. */
  readonly amount: number;
  /** ISO 4217, e.g. `USD`. */
  readonly currency: string;
  /** The same key gives the same payment, however often the request is sent (checkoutBegin's key). */
  readonly idempotencyKey: string;
  /** More string values for the provider's record (at most 20 keys; ours win on a clash). */
  readonly metadata?: Readonly<Record<string, string>>;
}

export interface ProviderPayment {
  readonly paymentId: string;
  readonly status: PaymentStatus;
  readonly amount: number;
  readonly currency: string;
  /** What the browser confirms the payment with (Stripe.js); the local provider returns one too. */
  readonly clientSecret?: string;
}

export interface ConfirmPaymentInput {
  readonly paymentId: string;
  /** The payment method: a Stripe PaymentMethod id (`pm_card_visa`), or a local test card number. */
  readonly paymentMethod: string;
  readonly idempotencyKey: string;
}

export interface RefundInput {
  readonly paymentId: string;
  /** Minor units; the whole payment when omitted. */
  readonly amount?: number;
  readonly idempotencyKey: string;
}

export interface ProviderRefund {
  readonly refundId: string;
  readonly paymentId: string;
  readonly amount: number;
  readonly status: 'pending' | 'succeeded' | 'failed';
}

/** A verified webhook delivery in provider-neutral words. */
export interface PaymentEvent {
  readonly provider: PaymentProviderName;
  /** The provider's event id: the same delivery sent again carries the same id. */
  readonly eventId: string;
  readonly type: PaymentEventType;
  /** When the provider created the event, epoch seconds. */
  readonly occurredAt: number;
  readonly paymentId: string;
  /** Minor units: the payment's amount (received, for `payment.succeeded`), or the refund's. */
  readonly amount: number;
  readonly currency: string;
  readonly refundId?: string;
  /** Why a payment failed, as the provider words it for the shopper. */
  readonly failureMessage?: string;
  readonly references?: Partial<PaymentReferences>;
}

export interface WebhookHeaders {
  readonly [name: string]: string | undefined;
}

/**
 * One payment provider. Every call that changes something takes an idempotency key, so a retried
 * request never charges or refunds twice. `parseWebhook` verifies the delivery's signature before
 * it reads anything (WebhookSignatureError otherwise) and returns null for event types this
 * project does not act on.
 */
export interface PaymentProvider {
  readonly name: PaymentProviderName;
  createPayment(input: CreatePaymentInput): Promise<ProviderPayment>;
  confirm(input: ConfirmPaymentInput): Promise<ProviderPayment>;
  cancel(input: { readonly paymentId: string; readonly idempotencyKey: string }): Promise<ProviderPayment>;
  refund(input: RefundInput): Promise<ProviderRefund>;
  parseWebhook(rawBody: string, headers: WebhookHeaders): PaymentEvent | null;
}

/** A header's value whatever the case of its name (API Gateway keeps the sender's case). */
export function headerValue(headers: WebhookHeaders, name: string): string | undefined {
  const wanted = name.toLowerCase();
  return Object.entries(headers).find(([key]) => key.toLowerCase() === wanted)?.[1];
}
