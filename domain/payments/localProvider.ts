import { createHash, randomUUID } from 'node:crypto';
import { PaymentProviderError } from './paymentErrors';
import {
  PAYMENT_EVENT_TYPES,
  headerValue,
  type ConfirmPaymentInput,
  type CreatePaymentInput,
  type PaymentEvent,
  type PaymentEventType,
  type PaymentProvider,
  type PaymentReferences,
  type ProviderPayment,
  type ProviderRefund,
  type RefundInput,
  type WebhookHeaders,
} from './paymentProvider';
import { signWebhook, verifyWebhookSignature } from './webhookSignature';

/** The local provider's signature header (Stripe's scheme under a name of its own). */
export const LOCAL_SIGNATURE_HEADER = 'Local-Signature';

/** Test cards, as Stripe's test mode numbers them. */
export const LOCAL_TEST_CARDS = {
  /** Approved at once. */
  approve: '4242424242424242',
  /** Declined: `card_declined`. */
  decline: '4000000000000002',
  /** Needs the shopper's action (3-D Secure): approved or declined later, by `authenticate`. */
  requiresAction: '4000002500003155',
} as const;

export const LOCAL_DECLINE_MESSAGE = 'Your card was declined.';

/** A signed webhook delivery, as the provider would POST it to `/webhooks/local`. */
export interface LocalDelivery {
  readonly body: string;
  readonly headers: Record<string, string>;
}

export interface LocalProviderOptions {
  /** Signs the deliveries; the webhook route verifies them with the same secret. */
  readonly webhookSecret: string;
  /** Where events go (the local gateway's webhook route, or a test's handler); kept in `deliveries` when omitted. */
  readonly deliver?: (delivery: LocalDelivery) => Promise<void>;
  readonly now?: () => number;
  readonly onDeliveryError?: (error: unknown) => void;
}

interface LocalPayment extends ProviderPayment {
  readonly references: PaymentReferences;
  refunded: number;
}

export interface LocalProvider extends PaymentProvider {
  /** The shopper's answer to a "requires action" card: the payment succeeds or fails. */
  authenticate(input: { readonly paymentId: string; readonly approve: boolean }): Promise<ProviderPayment>;
  /** Resolves once every delivery started so far has been made. */
  settled(): Promise<void>;
  /** Deliveries made without a `deliver` callback, oldest first. */
  readonly deliveries: LocalDelivery[];
}

/**
 * The payment provider of `npm start` and the tests: the same flow as Stripe with no network. It
 * keeps its payments in memory, answers a repeated idempotency key with the first answer (and
 * refuses the key with other parameters, as Stripe does), and sends events (delivered after the
 * call returns, as a provider's webhooks arrive) signed in Stripe's scheme.
 */
export function createLocalProvider({ webhookSecret, deliver, now = Date.now, onDeliveryError }: LocalProviderOptions): LocalProvider {
  const payments = new Map<string, LocalPayment>();
  const answers = new Map<string, { readonly fingerprint: string; readonly answer: unknown }>();
  const pending = new Set<Promise<void>>();
  const deliveries: LocalDelivery[] = [];

  function once<T>(operation: string, key: string, parameters: unknown, run: () => T): T {
    const fingerprint = createHash('sha256').update(JSON.stringify(parameters)).digest('hex');
    const earlier = answers.get(`${operation}:${key}`);
    if (earlier) {
      if (earlier.fingerprint !== fingerprint) {
        throw new PaymentProviderError('The idempotency key was used with other parameters.', { providerCode: 'idempotency_error' });
      }
      return earlier.answer as T;
    }
    const answer = run();
    answers.set(`${operation}:${key}`, { fingerprint, answer });
    return answer;
  }

  function find(paymentId: string): LocalPayment {
    const payment = payments.get(paymentId);
    if (!payment) throw new PaymentProviderError(`No such payment: ${paymentId}`, { providerCode: 'resource_missing' });
    return payment;
  }

  function emit(type: PaymentEventType, payment: LocalPayment, extra: Partial<PaymentEvent> = {}): void {
    const event: PaymentEvent = {
      provider: 'local',
      eventId: `levt_${randomUUID()}`,
      type,
      occurredAt: Math.floor(now() / 1000),
      paymentId: payment.paymentId,
      amount: payment.amount,
      currency: payment.currency,
      references: payment.references,
      ...extra,
    };
    const body = JSON.stringify(event);
    const delivery = {
      body,
      headers: { 'Content-Type': 'application/json', [LOCAL_SIGNATURE_HEADER]: signWebhook(body, webhookSecret, event.occurredAt) },
    };
    const sent = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => (deliver ? deliver(delivery) : void deliveries.push(delivery)))
      .catch((error: unknown) => onDeliveryError?.(error))
      .finally(() => pending.delete(sent));
    pending.add(sent);
  }

  function update(payment: LocalPayment, status: LocalPayment['status']): LocalPayment {
    const next = { ...payment, status };
    payments.set(payment.paymentId, next);
    return next;
  }

  const view = ({ paymentId, status, amount, currency, clientSecret }: LocalPayment): ProviderPayment => ({
    paymentId,
    status,
    amount,
    currency,
    clientSecret,
  });

  return {
    name: 'local',
    deliveries,
    async createPayment(input: CreatePaymentInput) {
      const { idempotencyKey, ...parameters } = input;
      if (!Number.isInteger(input.amount) || input.amount <= 0)
        throw new PaymentProviderError('The amount must be a positive integer of minor units.');
      return once('create', idempotencyKey, parameters, () => {
        const paymentId = `lpi_${randomUUID().replaceAll('-', '')}`;
        const payment: LocalPayment = {
          paymentId,
          status: 'requires_payment_method',
          amount: input.amount,
          currency: input.currency.toUpperCase(),
          clientSecret: `${paymentId}_secret_${randomUUID().replaceAll('-', '')}`,
          references: { checkoutId: input.checkoutId, orderId: input.orderId, customerId: input.customerId },
          refunded: 0,
        };
        payments.set(paymentId, payment);
        return view(payment);
      });
    },
    async confirm({ paymentId, paymentMethod, idempotencyKey }: ConfirmPaymentInput) {
      return once('confirm', idempotencyKey, { paymentId, paymentMethod }, () => {
        const payment = find(paymentId);
        if (payment.status !== 'requires_payment_method' && payment.status !== 'failed') {
          throw new PaymentProviderError(`The payment is ${payment.status}; it cannot be confirmed.`, {
            providerCode: 'payment_intent_unexpected_state',
          });
        }
        const card = paymentMethod.replace(/[\s-]/g, '');
        if (card === LOCAL_TEST_CARDS.approve) {
          emit('payment.succeeded', payment);
          return view(update(payment, 'succeeded'));
        }
        if (card === LOCAL_TEST_CARDS.requiresAction) {
          emit('payment.requires_action', payment);
          return view(update(payment, 'requires_action'));
        }
        emit('payment.failed', payment, { failureMessage: LOCAL_DECLINE_MESSAGE });
        return view(update(payment, 'failed'));
      });
    },
    async authenticate({ paymentId, approve }) {
      const payment = find(paymentId);
      if (payment.status !== 'requires_action') throw new PaymentProviderError(`The payment is ${payment.status}; nothing awaits the shopper.`);
      if (approve) {
        emit('payment.succeeded', payment);
        return view(update(payment, 'succeeded'));
      }
      emit('payment.failed', payment, { failureMessage: 'The card was not authenticated.' });
      return view(update(payment, 'failed'));
    },
    async cancel({ paymentId, idempotencyKey }) {
      return once('cancel', idempotencyKey, { paymentId }, () => {
        const payment = find(paymentId);
        if (payment.status === 'succeeded' || payment.status === 'canceled') {
          throw new PaymentProviderError(`The payment is ${payment.status}; it cannot be canceled.`, {
            providerCode: 'payment_intent_unexpected_state',
          });
        }
        emit('payment.canceled', payment);
        return view(update(payment, 'canceled'));
      });
    },
    async refund({ paymentId, amount, idempotencyKey }: RefundInput): Promise<ProviderRefund> {
      return once('refund', idempotencyKey, { paymentId, amount }, () => {
        const payment = find(paymentId);
        const refundAmount = amount ?? payment.amount - payment.refunded;
        if (payment.status !== 'succeeded')
          throw new PaymentProviderError('Only a succeeded payment can be refunded.', { providerCode: 'charge_not_refundable' });
        if (!Number.isInteger(refundAmount) || refundAmount <= 0 || payment.refunded + refundAmount > payment.amount) {
          throw new PaymentProviderError('The refund is larger than what is left of the payment.', { providerCode: 'amount_too_large' });
        }
        payment.refunded += refundAmount;
        const refundId = `lre_${randomUUID().replaceAll('-', '')}`;
        emit('refund.succeeded', payment, { refundId, amount: refundAmount });
        return { refundId, paymentId, amount: refundAmount, status: 'succeeded' as const };
      });
    },
    parseWebhook(rawBody: string, headers: WebhookHeaders): PaymentEvent | null {
      verifyWebhookSignature(rawBody, headerValue(headers, LOCAL_SIGNATURE_HEADER), webhookSecret, { now: now() });
      const event = JSON.parse(rawBody) as PaymentEvent;
      return (PAYMENT_EVENT_TYPES as readonly string[]).includes(event.type) ? { ...event, provider: 'local' } : null;
    },
    async settled() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
  };
}
