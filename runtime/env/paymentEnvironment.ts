// The payment provider's part of a function's environment contract: which provider, and where its
// secret is. Shared by every function that talks to the provider (the webhook function today, the
// API's checkout next), each contract reading and writing it through these two functions.
import { PAYMENT_PROVIDER_NAMES } from '../../domain/payments/paymentProvider';
import { ConfigError, type readEnv } from './readEnv';

/**
 * The provider in use: Stripe on deployed stages, its API key and webhook signing secret in one
 * Secrets Manager secret read at run time (never in the configuration); the local provider under
 * `npm start` and the tests, signing its webhooks with a fixed local secret.
 */
export type PaymentsConfig = { readonly kind: 'local'; readonly webhookSecret: string } | { readonly kind: 'stripe'; readonly secretArn: string };

export const PAYMENT_VARIABLES = {
  provider: 'PAYMENT_PROVIDER',
  secretArn: 'PAYMENT_SECRET_ARN',
  localWebhookSecret: 'PAYMENT_LOCAL_WEBHOOK_SECRET',
} as const;

/** The local provider's signing secret (`npm start`, tests): worth nothing anywhere else. */
export const LOCAL_PAYMENT_WEBHOOK_SECRET = 'local-payment-webhook-secret-do-not-deploy';

const v = PAYMENT_VARIABLES;

export function readPayments(read: ReturnType<typeof readEnv>): PaymentsConfig {
  const kind = read.oneOf(v.provider, PAYMENT_PROVIDER_NAMES, 'local');
  if (kind === 'local') return { kind, webhookSecret: read.optional(v.localWebhookSecret) ?? LOCAL_PAYMENT_WEBHOOK_SECRET };
  const secretArn = read.required(v.secretArn);
  if (!/^arn:aws[\w-]*:secretsmanager:/.test(secretArn)) throw new ConfigError(`${v.secretArn} must be a Secrets Manager secret ARN.`);
  return { kind, secretArn };
}

export function paymentVariables(payments: PaymentsConfig | undefined): Record<string, string | undefined> {
  return {
    [v.provider]: payments?.kind,
    [v.secretArn]: payments?.kind === 'stripe' ? payments.secretArn : undefined,
    [v.localWebhookSecret]:
      payments?.kind === 'local' && payments.webhookSecret !== LOCAL_PAYMENT_WEBHOOK_SECRET ? payments.webhookSecret : undefined,
  };
}
