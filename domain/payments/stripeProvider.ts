import Stripe from 'stripe';
import { PaymentProviderError, WebhookSignatureError } from './paymentErrors';
import {
  headerValue,
  type PaymentEvent,
  type PaymentEventType,
  type PaymentProvider,
  type PaymentReferences,
  type PaymentStatus,
  type ProviderPayment,
  type WebhookHeaders,
} from './paymentProvider';
import { WEBHOOK_TOLERANCE_SECONDS } from './webhookSignature';

/**
 * The Stripe API version every request and webhook endpoint of this project speaks, pinned to the
 * version the installed `stripe` package is typed for: upgrading the package and this together is
 * one change (docs/payments.md says how to move the webhook endpoint with it).
 */
export const STRIPE_API_VERSION = '2026-11-18.endive' satisfies Stripe.LatestApiVersion;

/** Stripe's signature header on webhook deliveries. */
export const STRIPE_SIGNATURE_HEADER = 'Stripe-Signature';

/** Where our ids sit in a PaymentIntent's metadata. */
export const STRIPE_METADATA_KEYS = { checkoutId: 'checkout_id', orderId: 'order_id', customerId: 'customer_id' } as const;

export interface StripeProviderOptions {
  readonly apiKey: string;
  /** The webhook endpoint's signing secret (`whsec_…`). */
  readonly webhookSecret: string;
  /** Another API host (tests: a local server answering as Stripe does). */
  readonly api?: { readonly host: string; readonly port: number; readonly protocol: 'http' | 'https' };
  /** Retries of a request that failed on the network or with a 409/5xx, each with the same idempotency key. */
  readonly maxNetworkRetries?: number;
  readonly timeoutMs?: number;
  readonly toleranceSeconds?: number;
}

/**
 * Payments through Stripe's PaymentIntents: created with our idempotency key (Stripe's
 * `Idempotency-Key` header), the amount in minor units and our ids in the metadata; webhooks
 * verified with `stripe.webhooks.constructEvent` on the raw body.
 */
export function createStripeProvider({
  apiKey,
  webhookSecret,
  api,
  maxNetworkRetries = 2,
  timeoutMs = 10_000,
  toleranceSeconds = WEBHOOK_TOLERANCE_SECONDS,
}: StripeProviderOptions): PaymentProvider {
  const stripe = new Stripe(apiKey, {
    apiVersion: STRIPE_API_VERSION,
    maxNetworkRetries,
    timeout: timeoutMs,
    telemetry: false,
    ...(api ?? {}),
  });

  return {
    name: 'stripe',
    async createPayment({ amount, currency, idempotencyKey, metadata, ...references }) {
      const intent = await call(() =>
        stripe.paymentIntents.create(
          {
            amount,
            currency: currency.toLowerCase(),
            // the storefront's card field confirms on the server with no return URL: no payment method that leaves the page
            automatic_payment_methods: { enabled: true, allow_redirects: 'never' },
            metadata: { ...metadata, ...referenceMetadata(references) },
          },
          { idempotencyKey },
        ),
      );
      return toPayment(intent);
    },
    async confirm({ paymentId, paymentMethod, idempotencyKey }) {
      return toPayment(await call(() => stripe.paymentIntents.confirm(paymentId, { payment_method: paymentMethod }, { idempotencyKey })));
    },
    async cancel({ paymentId, idempotencyKey }) {
      return toPayment(await call(() => stripe.paymentIntents.cancel(paymentId, {}, { idempotencyKey })));
    },
    async refund({ paymentId, amount, idempotencyKey }) {
      const refund = await call(() =>
        stripe.refunds.create({ payment_intent: paymentId, ...(amount === undefined ? {} : { amount }) }, { idempotencyKey }),
      );
      return { refundId: refund.id, paymentId, amount: refund.amount, status: refundStatus(refund.status) };
    },
    parseWebhook(rawBody: string, headers: WebhookHeaders) {
      let event: Stripe.Event;
      try {
        event = stripe.webhooks.constructEvent(rawBody, headerValue(headers, STRIPE_SIGNATURE_HEADER) ?? '', webhookSecret, toleranceSeconds);
      } catch (error) {
        throw new WebhookSignatureError('The Stripe signature does not verify.', { cause: error });
      }
      return toEvent(event);
    },
  };
}

function referenceMetadata({ checkoutId, orderId, customerId }: PaymentReferences): Record<string, string> {
  return {
    [STRIPE_METADATA_KEYS.checkoutId]: checkoutId,
    ...(orderId ? { [STRIPE_METADATA_KEYS.orderId]: orderId } : {}),
    ...(customerId ? { [STRIPE_METADATA_KEYS.customerId]: customerId } : {}),
  };
}

function referencesOf(metadata: Stripe.Metadata | null | undefined): Partial<PaymentReferences> {
  return {
    checkoutId: metadata?.[STRIPE_METADATA_KEYS.checkoutId],
    orderId: metadata?.[STRIPE_METADATA_KEYS.orderId],
    customerId: metadata?.[STRIPE_METADATA_KEYS.customerId],
  };
}

/** A PaymentIntent's status in our words: a declined attempt leaves it at requires_payment_method with its error. */
export function paymentStatusOf(intent: Pick<Stripe.PaymentIntent, 'status' | 'last_payment_error'>): PaymentStatus {
  switch (intent.status) {
    case 'succeeded':
      return 'succeeded';
    case 'canceled':
      return 'canceled';
    case 'processing':
    case 'requires_capture':
      return 'processing';
    case 'requires_action':
      return 'requires_action';
    default:
      return intent.last_payment_error ? 'failed' : 'requires_payment_method';
  }
}

function toPayment(intent: Stripe.PaymentIntent): ProviderPayment {
  return {
    paymentId: intent.id,
    status: paymentStatusOf(intent),
    amount: intent.amount,
    currency: intent.currency.toUpperCase(),
    clientSecret: intent.client_secret ?? undefined,
  };
}

function refundStatus(status: string | null): 'pending' | 'succeeded' | 'failed' {
  if (status === 'succeeded') return 'succeeded';
  if (status === 'failed' || status === 'canceled') return 'failed';
  return 'pending';
}

const INTENT_EVENTS: Readonly<Record<string, PaymentEventType>> = {
  'payment_intent.succeeded': 'payment.succeeded',
  'payment_intent.payment_failed': 'payment.failed',
  'payment_intent.canceled': 'payment.canceled',
  'payment_intent.processing': 'payment.processing',
  'payment_intent.requires_action': 'payment.requires_action',
};

/** The event in our words, or null for a type this project does not act on. */
function toEvent(event: Stripe.Event): PaymentEvent | null {
  const base = { provider: 'stripe' as const, eventId: event.id, occurredAt: event.created };
  const intentType = INTENT_EVENTS[event.type];
  if (intentType) {
    const intent = event.data.object as Stripe.PaymentIntent;
    return {
      ...base,
      type: intentType,
      paymentId: intent.id,
      amount: intentType === 'payment.succeeded' ? intent.amount_received : intent.amount,
      currency: intent.currency.toUpperCase(),
      failureMessage: intentType === 'payment.failed' ? (intent.last_payment_error?.message ?? undefined) : undefined,
      references: referencesOf(intent.metadata),
    };
  }
  if (event.type === 'refund.created' || event.type === 'refund.updated' || event.type === 'refund.failed') {
    const refund = event.data.object as Stripe.Refund;
    const status = refundStatus(refund.status);
    const paymentId = typeof refund.payment_intent === 'string' ? refund.payment_intent : refund.payment_intent?.id;
    if (status === 'pending' || !paymentId) return null;
    return {
      ...base,
      type: status === 'succeeded' ? 'refund.succeeded' : 'refund.failed',
      paymentId,
      refundId: refund.id,
      amount: refund.amount,
      currency: refund.currency.toUpperCase(),
      references: referencesOf(refund.metadata),
    };
  }
  return null;
}

/** Stripe's refusals and network failures as PaymentProviderError, with Stripe's code. */
async function call<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    if (error instanceof Stripe.errors.StripeError) {
      throw new PaymentProviderError(error.message, { cause: error, providerCode: error.code ?? error.rawType ?? error.type });
    }
    throw new PaymentProviderError('Stripe could not be reached.', { cause: error });
  }
}
