import { SecretsProvider } from '@aws-lambda-powertools/parameters/secrets';
import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { PaymentConfigurationError } from '../../domain/payments/paymentErrors';
import type { PaymentProvider } from '../../domain/payments/paymentProvider';
import type { PaymentsConfig } from '../env/paymentEnvironment';

/** How long a container keeps the provider's secret before reading it again (a rotated key applies within it). */
export const PAYMENT_SECRET_REFRESH_SECONDS = 300;

/** What the payment secret holds until the operator sets Stripe's values (docs/payments.md): CDK creates it so, and `parseStripeSecret` refuses it. */
export const PAYMENT_SECRET_PLACEHOLDER = { apiKey: 'set-me', webhookSecret: 'set-me' } as const;

/** The value of the stage's payment secret: a JSON object with both of Stripe's secrets. */
export interface StripeSecret {
  readonly apiKey: string;
  readonly webhookSecret: string;
}

export interface LoadPaymentProviderOptions {
  readonly region: string;
  /** Defaults to a client for `region`, created on first use. */
  readonly secretsClient?: SecretsManagerClient;
  /** The provider to use when the configuration names the local one (`npm start` delivers its events to the gateway). */
  readonly local?: () => PaymentProvider;
}

/**
 * The provider the configuration names, built on first use and again when its secret changes.
 * Stripe's secret is read through Powertools Parameters (cached `PAYMENT_SECRET_REFRESH_SECONDS`),
 * and the `stripe` package is loaded only then, so a function that never takes a payment never
 * loads it. A secret still holding CDK's placeholder is a PaymentConfigurationError.
 */
export function paymentProviderLoader(config: PaymentsConfig, options: LoadPaymentProviderOptions): () => Promise<PaymentProvider> {
  if (config.kind === 'local') {
    let local: PaymentProvider | undefined;
    return async () => {
      if (!local) {
        const { createLocalProvider } = await import('../../domain/payments/localProvider');
        local = options.local?.() ?? createLocalProvider({ webhookSecret: config.webhookSecret });
      }
      return local;
    };
  }
  let secrets: SecretsProvider | undefined;
  let built: { readonly secret: string; readonly provider: PaymentProvider } | undefined;
  return async () => {
    if (!secrets) {
      const client = options.secretsClient ?? new (await import('@aws-sdk/client-secrets-manager')).SecretsManagerClient({ region: options.region });
      secrets = new SecretsProvider({ awsSdkV3Client: client });
    }
    const value = await secrets.get(config.secretArn, { maxAge: PAYMENT_SECRET_REFRESH_SECONDS });
    if (typeof value !== 'string') throw new PaymentConfigurationError('The payment secret must be a JSON string.');
    if (built?.secret !== value) {
      const { apiKey, webhookSecret } = parseStripeSecret(value);
      const { createStripeProvider } = await import('../../domain/payments/stripeProvider');
      built = { secret: value, provider: createStripeProvider({ apiKey, webhookSecret }) };
    }
    return built.provider;
  };
}

/** Both of Stripe's secrets from the secret's JSON; refuses the placeholder CDK creates the secret with. */
export function parseStripeSecret(value: string): StripeSecret {
  let parsed: Partial<StripeSecret>;
  try {
    parsed = JSON.parse(value) as Partial<StripeSecret>;
  } catch (error) {
    throw new PaymentConfigurationError('The payment secret is not JSON.', { cause: error });
  }
  const { apiKey, webhookSecret } = parsed;
  if (typeof apiKey !== 'string' || !/^(sk|rk)_(test|live)_/.test(apiKey)) {
    throw new PaymentConfigurationError(
      'The payment secret has no Stripe secret key (apiKey: sk_… or rk_…): set it with put-secret-value (docs/payments.md).',
    );
  }
  if (typeof webhookSecret !== 'string' || !webhookSecret.startsWith('whsec_')) {
    throw new PaymentConfigurationError(
      'The payment secret has no webhook signing secret (webhookSecret: whsec_…): set it with put-secret-value (docs/payments.md).',
    );
  }
  return { apiKey, webhookSecret };
}
