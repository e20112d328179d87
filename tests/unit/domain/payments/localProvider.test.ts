import { LOCAL_SIGNATURE_HEADER, LOCAL_TEST_CARDS, createLocalProvider } from '../../../../domain/payments/localProvider';
import { PaymentProviderError, WebhookSignatureError } from '../../../../domain/payments/paymentErrors';

const SECRET = 'local-provider-test-secret';
const NOW = 1_780_000_000_000;

function provider() {
  return createLocalProvider({ webhookSecret: SECRET, now: () => NOW });
}

async function confirmedWith(card: string) {
  const local = provider();
  const created = await local.createPayment({ amount: 1250, currency: 'usd', checkoutId: 'chk-1', idempotencyKey: 'key-1' });
  const confirmed = await local.confirm({ paymentId: created.paymentId, paymentMethod: card, idempotencyKey: 'confirm-1' });
  await local.settled();
  const events = local.deliveries.map((delivery) => local.parseWebhook(delivery.body, delivery.headers));
  return { local, created, confirmed, events };
}

describe('createLocalProvider', () => {
  it('approves the 4242 card and sends a signed payment.succeeded with our ids', async () => {
    // Act
    const { created, confirmed, events, local } = await confirmedWith('4242 4242 4242 4242');

    // Assess
    expect(created).toMatchObject({ status: 'requires_payment_method', amount: 1250, currency: 'USD' });
    expect(created.clientSecret).toMatch(/^lpi_\w+_secret_/);
    expect(confirmed.status).toBe('succeeded');
    expect(events).toEqual([
      expect.objectContaining({ type: 'payment.succeeded', paymentId: created.paymentId, amount: 1250, references: { checkoutId: 'chk-1' } }),
    ]);
    expect(local.deliveries[0]!.headers[LOCAL_SIGNATURE_HEADER]).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
  });

  it('declines the 0002 card with payment.failed and the decline message', async () => {
    // Act
    const { confirmed, events } = await confirmedWith(LOCAL_TEST_CARDS.decline);

    // Assess
    expect(confirmed.status).toBe('failed');
    expect(events).toEqual([expect.objectContaining({ type: 'payment.failed', failureMessage: 'Your card was declined.' })]);
  });

  it('holds a "requires action" card until the shopper answers, then succeeds', async () => {
    // Prepare
    const { local, created, confirmed } = await confirmedWith(LOCAL_TEST_CARDS.requiresAction);

    // Act
    const answered = await local.authenticate({ paymentId: created.paymentId, approve: true });
    await local.settled();

    // Assess
    expect(confirmed.status).toBe('requires_action');
    expect(answered.status).toBe('succeeded');
    expect(local.deliveries.map((delivery) => local.parseWebhook(delivery.body, delivery.headers)?.type)).toEqual([
      'payment.requires_action',
      'payment.succeeded',
    ]);
  });

  it('answers a repeated idempotency key with the first payment, and refuses the key with other parameters', async () => {
    // Prepare
    const local = provider();
    const input = { amount: 500, currency: 'USD', checkoutId: 'chk-2', idempotencyKey: 'same-key' };

    // Act
    const [first, second] = [await local.createPayment(input), await local.createPayment(input)];
    const other = local.createPayment({ ...input, amount: 501 });

    // Assess
    expect(second).toEqual(first);
    await expect(other).rejects.toMatchObject({ providerCode: 'idempotency_error' });
  });

  it('refuses a refund larger than what is left of the payment', async () => {
    // Prepare
    const { local, created } = await confirmedWith(LOCAL_TEST_CARDS.approve);
    await local.refund({ paymentId: created.paymentId, amount: 1000, idempotencyKey: 'refund-1' });

    // Act
    const tooMuch = local.refund({ paymentId: created.paymentId, amount: 251, idempotencyKey: 'refund-2' });

    // Assess
    await expect(tooMuch).rejects.toBeInstanceOf(PaymentProviderError);
    await expect(tooMuch).rejects.toMatchObject({ providerCode: 'amount_too_large' });
  });

  it('refuses a delivery signed with another secret or signed too long ago', async () => {
    // Prepare
    const { local } = await confirmedWith(LOCAL_TEST_CARDS.approve);
    const [delivery] = local.deliveries;
    const elsewhere = createLocalProvider({ webhookSecret: 'another-secret', now: () => NOW });
    const later = createLocalProvider({ webhookSecret: SECRET, now: () => NOW + 301_000 });

    // Act
    const parse = (reader: typeof local) => () => reader.parseWebhook(delivery!.body, delivery!.headers);

    // Assess
    expect(parse(local)).not.toThrow();
    expect(parse(elsewhere)).toThrow(WebhookSignatureError);
    expect(parse(later)).toThrow(WebhookSignatureError);
  });
});
