import { Logger } from '@aws-lambda-powertools/logger';
import Stripe from 'stripe';
import { apiGatewayEvent } from '../../core/apiGatewayEvent';
import { getPayment, listPaymentRefunds } from '../../data/payments';
import { LOCAL_TEST_CARDS, createLocalProvider, type LocalDelivery, type LocalProvider } from '../../domain/payments/localProvider';
import type { PaymentEventHook } from '../../domain/payments/paymentEventHook';
import { startPayment } from '../../domain/payments/startPayment';
import { createStripeProvider } from '../../domain/payments/stripeProvider';
import { LOCAL_PAYMENT_WEBHOOK_SECRET } from '../../runtime/env/paymentEnvironment';
import { PAYMENT_SECRET_PLACEHOLDER, parseStripeSecret } from '../../runtime/payments/loadPaymentProvider';
import type { WebhookConfig } from '../../runtime/env/webhookEnvironment';
import { createWebhookHandler, type WebhookHandler } from '../../webhooks/createWebhookHandler';
import { tableItems } from '../helpers/tableItems';
import { createTestTable, type TestTable } from '../helpers/testTable';

const STRIPE_WEBHOOK_SECRET = 'whsec_integration_test';

/** A delivery as API Gateway hands it to the function: a REST proxy event for `POST /webhooks/<provider>`. */
function webhookEvent(provider: string, { body, headers }: LocalDelivery) {
  return apiGatewayEvent({ method: 'POST', path: `/webhooks/${provider}`, headers: Object.entries(headers), body, stage: 'test' });
}

describe('payment webhooks, through the webhook function on DynamoDB Local', () => {
  let table: TestTable;
  let provider: LocalProvider;
  let handler: WebhookHandler;
  const hooked: string[] = [];

  beforeAll(async () => {
    table = await createTestTable();
  });

  beforeEach(() => {
    hooked.length = 0;
    provider = createLocalProvider({ webhookSecret: LOCAL_PAYMENT_WEBHOOK_SECRET });
    const hook: PaymentEventHook = async ({ event }) => void hooked.push(event.eventId);
    const config: WebhookConfig = {
      stage: 'test',
      region: 'us-east-1',
      tableName: table.tableName,
      dynamoDbEndpoint: table.endpoint,
      logLevel: 'ERROR',
      payments: { kind: 'local', webhookSecret: LOCAL_PAYMENT_WEBHOOK_SECRET },
    };
    handler = createWebhookHandler({ config, db: table.db, provider: async () => provider, hook, logger: new Logger({ logLevel: 'SILENT' }) });
  });

  /** A started payment (recorded as the checkout records it), confirmed with `card`; the deliveries it caused. */
  async function paidWith(card: string, checkoutId = `chk-${Math.random()}`) {
    const { payment } = await startPayment({ db: table.db, provider }, { amount: 2599, currency: 'USD', checkoutId, idempotencyKey: checkoutId });
    await provider.confirm({ paymentId: payment.paymentId, paymentMethod: card, idempotencyKey: `confirm-${checkoutId}` });
    await provider.settled();
    return { paymentId: payment.paymentId, deliveries: provider.deliveries.splice(0) };
  }

  const send = async (delivery: LocalDelivery, provider = 'local') => {
    const result = await handler(webhookEvent(provider, delivery));
    return { statusCode: result.statusCode, body: JSON.parse(result.body) as { outcome?: string } };
  };
  const paymentOf = (paymentId: string) => getPayment(table.db, { paymentProvider: 'local', paymentId });

  it('applies an approved payment once, and answers the same delivery again without a second effect', async () => {
    // Prepare
    const { paymentId, deliveries } = await paidWith(LOCAL_TEST_CARDS.approve);

    // Act
    const first = await send(deliveries[0]!);
    const afterFirst = await paymentOf(paymentId);
    const again = await send(deliveries[0]!);

    // Assess
    expect(first).toEqual({ statusCode: 200, body: { received: true, outcome: 'applied' } });
    expect(afterFirst).toMatchObject({ status: 'succeeded', statusRank: 2 });
    expect(again).toEqual({ statusCode: 200, body: { received: true, outcome: 'duplicate' } });
    expect(await paymentOf(paymentId)).toEqual(afterFirst);
    // the hook runs again on a redelivery, so a hook that failed the first time is retried
    expect(hooked).toEqual([expect.stringMatching(/^levt_/), expect.stringMatching(/^levt_/)]);
    expect(new Set(hooked).size).toBe(1);
  });

  it('records a decline with the provider’s message', async () => {
    // Prepare
    const { paymentId, deliveries } = await paidWith(LOCAL_TEST_CARDS.decline);

    // Act
    const answer = await send(deliveries[0]!);

    // Assess
    expect(answer.body.outcome).toBe('applied');
    expect(await paymentOf(paymentId)).toMatchObject({ status: 'failed', failureMessage: 'Your card was declined.' });
  });

  it('keeps a payment succeeded when an older event arrives after it (confirm later, delivered out of order)', async () => {
    // Prepare
    const { paymentId, deliveries } = await paidWith(LOCAL_TEST_CARDS.requiresAction);
    await provider.authenticate({ paymentId, approve: true });
    await provider.settled();
    const [requiresAction, succeeded] = [deliveries[0]!, provider.deliveries.splice(0)[0]!];

    // Act
    const late = [await send(succeeded), await send(requiresAction)];

    // Assess
    expect(late.map((answer) => answer.body.outcome)).toEqual(['applied', 'stale']);
    expect(await paymentOf(paymentId)).toMatchObject({ status: 'succeeded' });
    expect(hooked).toHaveLength(1);
  });

  it('acknowledges an event for an unknown payment and writes nothing', async () => {
    // Prepare
    const other = createLocalProvider({ webhookSecret: LOCAL_PAYMENT_WEBHOOK_SECRET });
    const { paymentId } = await other.createPayment({ amount: 100, currency: 'USD', checkoutId: 'elsewhere', idempotencyKey: 'elsewhere' });
    await other.confirm({ paymentId, paymentMethod: LOCAL_TEST_CARDS.approve, idempotencyKey: 'elsewhere' });
    await other.settled();
    const before = await tableItems(table);

    // Act
    const answer = await send(other.deliveries[0]!);

    // Assess
    expect(answer).toEqual({ statusCode: 200, body: { received: true, outcome: 'unknownPayment' } });
    expect(await tableItems(table)).toEqual(before);
    expect(hooked).toHaveLength(0);
  });

  it('refuses a bad signature and a tampered body with 400, writing nothing', async () => {
    // Prepare
    const { deliveries } = await paidWith(LOCAL_TEST_CARDS.approve);
    const genuine = deliveries[0]!;
    const before = await tableItems(table);
    const forged = createLocalProvider({ webhookSecret: 'not-the-stage-secret' });
    const { paymentId } = await forged.createPayment({ amount: 1, currency: 'USD', checkoutId: 'forged', idempotencyKey: 'forged' });
    await forged.confirm({ paymentId, paymentMethod: LOCAL_TEST_CARDS.approve, idempotencyKey: 'forged' });
    await forged.settled();

    // Act
    const answers = [
      await send({ ...genuine, body: genuine.body.replace('"amount":2599', '"amount":1') }),
      await send(forged.deliveries[0]!),
      await send({ ...genuine, headers: { 'Content-Type': 'application/json' } }),
    ];

    // Assess
    expect(answers.map((answer) => answer.statusCode)).toEqual([400, 400, 400]);
    expect(await tableItems(table)).toEqual(before);
  });

  it('records a refund once, on its own item, adding to the payment’s refunded amount', async () => {
    // Prepare
    const { paymentId, deliveries } = await paidWith(LOCAL_TEST_CARDS.approve);
    await send(deliveries[0]!);
    const refund = await provider.refund({ paymentId, amount: 500, idempotencyKey: `refund-${paymentId}` });
    await provider.settled();
    const [refunded] = provider.deliveries.splice(0);

    // Act
    const answers = [await send(refunded!), await send(refunded!)];

    // Assess
    expect(answers.map((answer) => answer.body.outcome)).toEqual(['applied', 'duplicate']);
    expect(await paymentOf(paymentId)).toMatchObject({ status: 'succeeded', refundedAmount: 500 });
    expect(await listPaymentRefunds(table.db, { paymentProvider: 'local', paymentId })).toMatchObject([
      { refundId: refund.refundId, amount: 500, status: 'succeeded' },
    ]);
  });

  it('answers 503, writing nothing, while the provider cannot be set up (its secret still the placeholder), so the provider retries', async () => {
    // Prepare
    const { deliveries } = await paidWith(LOCAL_TEST_CARDS.approve);
    const before = await tableItems(table);
    const unset = createWebhookHandler({
      config: { stage: 'test', region: 'us-east-1', tableName: table.tableName, logLevel: 'ERROR', payments: { kind: 'local', webhookSecret: 'x' } },
      db: table.db,
      provider: async () => parseStripeSecret(JSON.stringify(PAYMENT_SECRET_PLACEHOLDER)) as never,
      logger: new Logger({ logLevel: 'SILENT' }),
    });

    // Act
    const result = await unset(webhookEvent('local', deliveries[0]!));

    // Assess
    expect(result.statusCode).toBe(503);
    expect(await tableItems(table)).toEqual(before);
  });

  it('answers 404 for another provider’s path than the stage’s', async () => {
    // Prepare
    const { deliveries } = await paidWith(LOCAL_TEST_CARDS.approve);

    // Act
    const answer = await send(deliveries[0]!, 'stripe');

    // Assess
    expect(answer.statusCode).toBe(404);
  });

  it('applies a Stripe delivery signed by the stripe package to a Stripe payment', async () => {
    // Prepare
    const stripe = createStripeProvider({ apiKey: 'sk_test_unused', webhookSecret: STRIPE_WEBHOOK_SECRET });
    const stripeHandler = createWebhookHandler({
      config: {
        stage: 'test',
        region: 'us-east-1',
        tableName: table.tableName,
        logLevel: 'ERROR',
        payments: { kind: 'stripe', secretArn: 'arn:aws:secretsmanager:us-east-1:1:secret:x' },
      },
      db: table.db,
      provider: async () => stripe,
      hook: async () => undefined,
      logger: new Logger({ logLevel: 'SILENT' }),
    });
    const paymentId = `pi_${Date.now()}`;
    await startPayment(
      {
        db: table.db,
        provider: { ...stripe, createPayment: async () => ({ paymentId, status: 'requires_payment_method', amount: 2599, currency: 'USD' }) },
      },
      { amount: 2599, currency: 'USD', checkoutId: 'chk-stripe', idempotencyKey: 'chk-stripe' },
    );
    const body = JSON.stringify({
      id: 'evt_integration_1',
      object: 'event',
      type: 'payment_intent.succeeded',
      created: Math.floor(Date.now() / 1000),
      data: {
        object: {
          id: paymentId,
          object: 'payment_intent',
          amount: 2599,
          amount_received: 2599,
          currency: 'usd',
          status: 'succeeded',
          metadata: { checkout_id: 'chk-stripe' },
        },
      },
    });
    const headers = {
      'Content-Type': 'application/json; charset=utf-8',
      'Stripe-Signature': Stripe.webhooks.generateTestHeaderString({ payload: body, secret: STRIPE_WEBHOOK_SECRET }),
    };

    // Act
    const result = await stripeHandler(webhookEvent('stripe', { body, headers }));

    // Assess
    expect(JSON.parse(result.body)).toEqual({ received: true, outcome: 'applied' });
    expect(await getPayment(table.db, { paymentProvider: 'stripe', paymentId })).toMatchObject({ status: 'succeeded' });
  });
});
