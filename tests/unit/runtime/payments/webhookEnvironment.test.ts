import { PaymentConfigurationError } from '../../../../domain/payments/paymentErrors';
import { LOCAL_PAYMENT_WEBHOOK_SECRET, PAYMENT_VARIABLES } from '../../../../runtime/env/paymentEnvironment';
import { ConfigError } from '../../../../runtime/env/readEnv';
import { loadWebhookConfig, webhookEnvironment } from '../../../../runtime/env/webhookEnvironment';
import { PAYMENT_SECRET_PLACEHOLDER, parseStripeSecret } from '../../../../runtime/payments/loadPaymentProvider';

const SECRET_ARN = 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:storefront-payments-AbCdEf';

describe('the webhook function’s environment', () => {
  it('reads back what the writer wrote for a deployed stage: Stripe, by the secret’s ARN only', () => {
    // Act
    const variables = webhookEnvironment({ stage: 'qa', tableName: 't', logLevel: 'INFO', payments: { kind: 'stripe', secretArn: SECRET_ARN } });

    // Assess
    expect(loadWebhookConfig(variables)).toMatchObject({ stage: 'qa', tableName: 't', payments: { kind: 'stripe', secretArn: SECRET_ARN } });
    expect(Object.keys(variables)).not.toContain(PAYMENT_VARIABLES.localWebhookSecret);
  });

  it('defaults to the local provider and its fixed secret', () => {
    // Act
    const config = loadWebhookConfig({ TABLE_NAME: 't' });

    // Assess
    expect(config.payments).toEqual({ kind: 'local', webhookSecret: LOCAL_PAYMENT_WEBHOOK_SECRET });
  });

  it('refuses Stripe without a Secrets Manager ARN, and an unknown provider', () => {
    // Assess
    expect(() => loadWebhookConfig({ TABLE_NAME: 't', PAYMENT_PROVIDER: 'stripe' })).toThrow(ConfigError);
    expect(() => loadWebhookConfig({ TABLE_NAME: 't', PAYMENT_PROVIDER: 'stripe', PAYMENT_SECRET_ARN: 'sk_live_123' })).toThrow(ConfigError);
    expect(() => loadWebhookConfig({ TABLE_NAME: 't', PAYMENT_PROVIDER: 'paypal' })).toThrow(ConfigError);
  });
});

describe('parseStripeSecret', () => {
  it('takes the API key and signing secret, and refuses the placeholder CDK creates the secret with', () => {
    // Act
    const parsed = parseStripeSecret(JSON.stringify({ apiKey: 'sk_test_abc', webhookSecret: 'whsec_abc' }));

    // Assess
    expect(parsed).toEqual({ apiKey: 'sk_test_abc', webhookSecret: 'whsec_abc' });
    expect(() => parseStripeSecret(JSON.stringify({ ...PAYMENT_SECRET_PLACEHOLDER, generated: 'x' }))).toThrow(PaymentConfigurationError);
    expect(() => parseStripeSecret('not json')).toThrow(PaymentConfigurationError);
  });
});
