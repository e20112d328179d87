import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { PaymentProviderError, WebhookSignatureError } from '../../../../domain/payments/paymentErrors';
import { STRIPE_API_VERSION, createStripeProvider } from '../../../../domain/payments/stripeProvider';
import { signWebhook } from '../../../../domain/payments/webhookSignature';

const WEBHOOK_SECRET = 'whsec_test_0123456789abcdef';

interface Recorded {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
  readonly form: URLSearchParams;
}

/** A PaymentIntent as Stripe's API documents it (the fields the adapter reads, and a few more). */
function paymentIntent(overrides: Partial<Stripe.PaymentIntent> = {}) {
  return {
    id: 'pi_3Test',
    object: 'payment_intent',
    amount: 2599,
    amount_received: 0,
    currency: 'usd',
    status: 'requires_payment_method',
    client_secret: 'pi_3Test_secret_abc',
    last_payment_error: null,
    metadata: { checkout_id: 'chk-1', order_id: 'ord-1' },
    livemode: false,
    created: 1_780_000_000,
    ...overrides,
  };
}

/** A local server answering as Stripe's API does, recording every request that reaches it. */
async function fakeStripe(answer: (request: Recorded) => { status: number; body: unknown }) {
  const requests: Recorded[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const recorded = {
        method: request.method!,
        path: request.url!,
        headers: request.headers,
        form: new URLSearchParams(Buffer.concat(chunks).toString()),
      };
      requests.push(recorded);
      const { status, body } = answer(recorded);
      response.writeHead(status, { 'content-type': 'application/json', 'request-id': 'req_test' });
      response.end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const provider = createStripeProvider({
    apiKey: 'sk_test_123',
    webhookSecret: WEBHOOK_SECRET,
    api: { host: '127.0.0.1', port, protocol: 'http' },
    maxNetworkRetries: 0,
  });
  return { provider, requests, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** A webhook delivery as Stripe sends it: the event JSON, signed by the stripe package itself. */
function delivery(event: Record<string, unknown>, secret = WEBHOOK_SECRET) {
  const body = JSON.stringify({
    object: 'event',
    api_version: STRIPE_API_VERSION,
    livemode: false,
    pending_webhooks: 1,
    request: { id: null },
    ...event,
  });
  return { body, headers: { 'Stripe-Signature': Stripe.webhooks.generateTestHeaderString({ payload: body, secret }) } };
}

describe('createStripeProvider', () => {
  let stripe: Awaited<ReturnType<typeof fakeStripe>>;
  afterEach(async () => stripe?.close());

  it('creates a PaymentIntent with the idempotency key, the amount in minor units, the currency and our ids in the metadata', async () => {
    // Prepare
    stripe = await fakeStripe(() => ({ status: 200, body: paymentIntent() }));

    // Act
    const payment = await stripe.provider.createPayment({
      amount: 2599,
      currency: 'USD',
      checkoutId: 'chk-1',
      orderId: 'ord-1',
      customerId: 'cus-1',
      idempotencyKey: 'checkout-key-1',
      metadata: { stage: 'qa' },
    });

    // Assess
    const [request] = stripe.requests;
    expect(request).toMatchObject({ method: 'POST', path: '/v1/payment_intents' });
    expect(request!.headers['idempotency-key']).toBe('checkout-key-1');
    expect(request!.headers['stripe-version']).toBe(STRIPE_API_VERSION);
    expect(request!.headers.authorization).toBe('Bearer sk_test_123');
    expect(Object.fromEntries(request!.form)).toEqual({
      amount: '2599',
      currency: 'usd',
      'automatic_payment_methods[enabled]': 'true',
      'automatic_payment_methods[allow_redirects]': 'never',
      'metadata[stage]': 'qa',
      'metadata[checkout_id]': 'chk-1',
      'metadata[order_id]': 'ord-1',
      'metadata[customer_id]': 'cus-1',
    });
    expect(payment).toEqual({
      paymentId: 'pi_3Test',
      status: 'requires_payment_method',
      amount: 2599,
      currency: 'USD',
      clientSecret: 'pi_3Test_secret_abc',
    });
  });

  it('refunds part of a payment with its own idempotency key', async () => {
    // Prepare
    stripe = await fakeStripe(() => ({
      status: 200,
      body: { id: 're_1', object: 'refund', amount: 500, currency: 'usd', payment_intent: 'pi_3Test', status: 'succeeded', metadata: {} },
    }));

    // Act
    const refund = await stripe.provider.refund({ paymentId: 'pi_3Test', amount: 500, idempotencyKey: 'refund-key-1' });

    // Assess
    expect(stripe.requests[0]).toMatchObject({ method: 'POST', path: '/v1/refunds' });
    expect(stripe.requests[0]!.headers['idempotency-key']).toBe('refund-key-1');
    expect(Object.fromEntries(stripe.requests[0]!.form)).toEqual({ payment_intent: 'pi_3Test', amount: '500' });
    expect(refund).toEqual({ refundId: 're_1', paymentId: 'pi_3Test', amount: 500, status: 'succeeded' });
  });

  it('reports a declined confirmation as failed and a Stripe refusal as a PaymentProviderError with its code', async () => {
    // Prepare
    stripe = await fakeStripe((request) =>
      request.path.endsWith('/confirm')
        ? {
            status: 200,
            body: paymentIntent({ last_payment_error: { type: 'card_error', code: 'card_declined', message: 'Your card was declined.' } as never }),
          }
        : {
            status: 400,
            body: { error: { type: 'idempotency_error', message: 'Keys for idempotent requests can only be used with the same parameters.' } },
          },
    );

    // Act
    const confirmed = await stripe.provider.confirm({ paymentId: 'pi_3Test', paymentMethod: 'pm_card_chargeDeclined', idempotencyKey: 'confirm-1' });
    const refused = stripe.provider.cancel({ paymentId: 'pi_3Test', idempotencyKey: 'cancel-1' });

    // Assess
    expect(confirmed.status).toBe('failed');
    expect(stripe.requests[0]!.form.get('payment_method')).toBe('pm_card_chargeDeclined');
    await expect(refused).rejects.toBeInstanceOf(PaymentProviderError);
    await expect(refused).rejects.toMatchObject({ providerCode: 'idempotency_error' });
  });

  it('turns a signed payment_intent.succeeded into payment.succeeded with our ids', async () => {
    // Prepare
    stripe = await fakeStripe(() => ({ status: 500, body: {} }));
    const { body, headers } = delivery({
      id: 'evt_1',
      type: 'payment_intent.succeeded',
      created: 1_780_000_100,
      data: { object: paymentIntent({ status: 'succeeded', amount_received: 2599 }) },
    });

    // Act
    const event = stripe.provider.parseWebhook(body, headers);

    // Assess
    expect(event).toEqual({
      provider: 'stripe',
      eventId: 'evt_1',
      type: 'payment.succeeded',
      occurredAt: 1_780_000_100,
      paymentId: 'pi_3Test',
      amount: 2599,
      currency: 'USD',
      failureMessage: undefined,
      references: { checkoutId: 'chk-1', orderId: 'ord-1', customerId: undefined },
    });
    expect(stripe.requests).toHaveLength(0);
  });

  it('turns refund events into refund.succeeded, and ignores types it does not act on', async () => {
    // Prepare
    stripe = await fakeStripe(() => ({ status: 500, body: {} }));
    const refund = delivery({
      id: 'evt_2',
      type: 'refund.updated',
      created: 1_780_000_200,
      data: { object: { id: 're_1', object: 'refund', amount: 500, currency: 'usd', payment_intent: 'pi_3Test', status: 'succeeded', metadata: {} } },
    });
    const other = delivery({ id: 'evt_3', type: 'customer.created', created: 1_780_000_300, data: { object: { id: 'cus_1', object: 'customer' } } });

    // Act
    const refunded = stripe.provider.parseWebhook(refund.body, refund.headers);
    const ignored = stripe.provider.parseWebhook(other.body, other.headers);

    // Assess
    expect(refunded).toMatchObject({ type: 'refund.succeeded', paymentId: 'pi_3Test', refundId: 're_1', amount: 500, currency: 'USD' });
    expect(ignored).toBeNull();
  });

  it('refuses a delivery signed with another secret, a tampered body, or no signature', async () => {
    // Prepare
    stripe = await fakeStripe(() => ({ status: 500, body: {} }));
    const event = { id: 'evt_4', type: 'payment_intent.succeeded', created: 1_780_000_400, data: { object: paymentIntent() } };
    const otherSecret = delivery(event, 'whsec_someone_else');
    const genuine = delivery(event);

    // Act
    const parse = (body: string, headers: Record<string, string>) => () => stripe.provider.parseWebhook(body, headers);

    // Assess
    expect(parse(otherSecret.body, otherSecret.headers)).toThrow(WebhookSignatureError);
    expect(parse(genuine.body.replace('2599', '1'), genuine.headers)).toThrow(WebhookSignatureError);
    expect(parse(genuine.body, {})).toThrow(WebhookSignatureError);
  });

  it('signs local deliveries exactly as the stripe package does', () => {
    // Prepare
    const payload = '{"id":"evt_5"}';

    // Act
    const ours = signWebhook(payload, WEBHOOK_SECRET, 1_780_000_500);
    const theirs = Stripe.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET, timestamp: 1_780_000_500 });

    // Assess
    expect(ours).toBe(theirs);
  });
});
