// The payment webhook function's environment contract (webhooks/lambda.ts): every variable it
// reads, the typed WebhookConfig read from them once at init, and the writer CDK's PaymentWebhook
// and `npm start` set them with. Adding a variable: a field of WebhookConfig, its name in
// WEBHOOK_VARIABLES (or PAYMENT_VARIABLES), one line in each of the reader and the writer.
import type { LogLevel } from '../../core/logLevels';
import { paymentVariables, readPayments, type PaymentsConfig } from './paymentEnvironment';
import { readEnv, type Env } from './readEnv';
import { writeEnv, type EnvVariables } from './writeEnv';

export interface WebhookConfig {
  readonly stage: string;
  readonly region: string;
  readonly tableName: string;
  readonly dynamoDbEndpoint?: string;
  readonly logLevel: LogLevel;
  readonly payments: PaymentsConfig;
}

export interface WebhookEnvironmentInputs
  extends Pick<WebhookConfig, 'tableName' | 'payments'>, Partial<Omit<WebhookConfig, 'tableName' | 'payments'>> {
  /** Powertools' service name. */
  readonly serviceName?: string;
  /** The script Lambda starts the runtime with (infra/bundle/execWrapper.sh). */
  readonly execWrapper?: string;
}

export const WEBHOOK_VARIABLES = {
  stage: 'STAGE',
  region: 'AWS_REGION',
  tableName: 'TABLE_NAME',
  dynamoDbEndpoint: 'DYNAMODB_ENDPOINT',
  logLevel: 'POWERTOOLS_LOG_LEVEL',
  serviceName: 'POWERTOOLS_SERVICE_NAME',
  execWrapper: 'AWS_LAMBDA_EXEC_WRAPPER',
} as const;

const v = WEBHOOK_VARIABLES;

/** Reads and validates the webhook function's configuration, failing fast with a ConfigError that names the variable. */
export function loadWebhookConfig(env: Env = process.env): WebhookConfig {
  const read = readEnv(env);
  return {
    stage: read.optional(v.stage) ?? 'local',
    region: read.optional(v.region) ?? 'us-east-1',
    tableName: read.required(v.tableName),
    dynamoDbEndpoint: read.optional(v.dynamoDbEndpoint),
    logLevel: read.logLevel(v.logLevel),
    payments: readPayments(read),
  };
}

/** The variables that give the function `inputs`; an input left out is left unset, so the reader's default applies. */
export function webhookEnvironment(inputs: WebhookEnvironmentInputs): EnvVariables {
  return writeEnv({
    [v.stage]: inputs.stage,
    [v.region]: inputs.region,
    [v.tableName]: inputs.tableName,
    [v.dynamoDbEndpoint]: inputs.dynamoDbEndpoint,
    [v.logLevel]: inputs.logLevel,
    [v.serviceName]: inputs.serviceName,
    [v.execWrapper]: inputs.execWrapper,
    ...paymentVariables(inputs.payments),
  });
}
