// The order notifier's environment contract (notifier/lambda.ts): every variable it reads, the
// typed NotifierConfig read from them once at init, and the writer CDK's OrderNotifier sets them
// with. Adding a variable: a field of NotifierConfig, its name in NOTIFIER_VARIABLES, one line in
// each of the reader and the writer.
import type { LogLevel } from '../../core/logLevels';
import { readEnv, type Env } from './readEnv';
import { writeEnv, type EnvVariables } from './writeEnv';

/** The notifier's deploy-time configuration, read once from its environment. */
export interface NotifierConfig {
  readonly stage: string;
  readonly region: string;
  readonly tableName: string;
  readonly dynamoDbEndpoint?: string;
  readonly logLevel: LogLevel;
  /** SNS when deployed; a local JSON-lines file under `npm start`. */
  readonly outbox:
    | { readonly kind: 'sns'; readonly topicArns: { readonly orders: string; readonly admin: string } }
    | { readonly kind: 'file'; readonly file: string };
  /** Customer and report emails; none when the stage has no sender. */
  readonly email?: { readonly from: string; readonly replyTo?: string; readonly sesRegion: string };
  /** Where the low-stock report is also emailed. */
  readonly lowStockEmailTo?: string;
  /** The user pool, to find the email address of a customer without a profile. */
  readonly userPoolId?: string;
}

/** What a producer gives the writer: a NotifierConfig without what has a default, and what Lambda and Powertools read themselves. */
export interface NotifierEnvironmentInputs
  extends Pick<NotifierConfig, 'tableName' | 'outbox'>, Partial<Omit<NotifierConfig, 'tableName' | 'outbox'>> {
  /** Powertools' service name. */
  readonly serviceName?: string;
  /** The script Lambda starts the runtime with (infra/bundle/execWrapper.sh). */
  readonly execWrapper?: string;
}

/** Every variable of the notifier's environment, by the input it carries. */
export const NOTIFIER_VARIABLES = {
  stage: 'STAGE',
  region: 'AWS_REGION',
  tableName: 'TABLE_NAME',
  dynamoDbEndpoint: 'DYNAMODB_ENDPOINT',
  logLevel: 'POWERTOOLS_LOG_LEVEL',
  outboxFile: 'NOTIFIER_OUTBOX',
  ordersTopicArn: 'ORDER_TOPIC_ARN',
  adminTopicArn: 'ADMIN_TOPIC_ARN',
  emailFrom: 'EMAIL_FROM',
  emailReplyTo: 'EMAIL_REPLY_TO',
  emailSesRegion: 'EMAIL_SES_REGION',
  lowStockEmailTo: 'LOW_STOCK_EMAIL_TO',
  userPoolId: 'USER_POOL_ID',
  serviceName: 'POWERTOOLS_SERVICE_NAME',
  execWrapper: 'AWS_LAMBDA_EXEC_WRAPPER',
} as const;

const v = NOTIFIER_VARIABLES;

/** Reads and validates the notifier's configuration, failing fast with a ConfigError that names the variable. */
export function loadNotifierConfig(env: Env = process.env): NotifierConfig {
  const read = readEnv(env);
  const region = read.optional(v.region) ?? 'us-east-1';
  const file = read.optional(v.outboxFile);
  const from = read.optional(v.emailFrom);
  return {
    stage: read.optional(v.stage) ?? 'local',
    region,
    tableName: read.required(v.tableName),
    dynamoDbEndpoint: read.optional(v.dynamoDbEndpoint),
    logLevel: read.logLevel(v.logLevel),
    outbox: file
      ? { kind: 'file', file }
      : { kind: 'sns', topicArns: { orders: read.required(v.ordersTopicArn), admin: read.required(v.adminTopicArn) } },
    ...(from ? { email: { from, replyTo: read.optional(v.emailReplyTo), sesRegion: read.optional(v.emailSesRegion) ?? region } } : {}),
    lowStockEmailTo: read.optional(v.lowStockEmailTo),
    userPoolId: read.optional(v.userPoolId),
  };
}

/**
 * A deployed notifier's configuration from its function's variables (GetFunctionConfiguration),
 * for a tool that works as that function would, from `region`: SNS, never a local outbox.
 */
export function loadDeployedNotifierConfig(variables: Env, region: string): NotifierConfig {
  return loadNotifierConfig({ ...variables, [v.region]: region, [v.outboxFile]: undefined });
}

/** The variables that give the function `inputs`; an input left out is left unset, so the reader's default applies. */
export function notifierEnvironment(inputs: NotifierEnvironmentInputs): EnvVariables {
  const { outbox, email } = inputs;
  const topicArns = outbox.kind === 'sns' ? outbox.topicArns : undefined;
  return writeEnv({
    [v.stage]: inputs.stage,
    [v.region]: inputs.region,
    [v.tableName]: inputs.tableName,
    [v.dynamoDbEndpoint]: inputs.dynamoDbEndpoint,
    [v.outboxFile]: outbox.kind === 'file' ? outbox.file : undefined,
    [v.ordersTopicArn]: topicArns?.orders,
    [v.adminTopicArn]: topicArns?.admin,
    [v.userPoolId]: inputs.userPoolId,
    [v.emailFrom]: email?.from,
    [v.emailReplyTo]: email?.replyTo,
    [v.emailSesRegion]: email?.sesRegion,
    [v.lowStockEmailTo]: inputs.lowStockEmailTo,
    [v.serviceName]: inputs.serviceName,
    [v.logLevel]: inputs.logLevel,
    [v.execWrapper]: inputs.execWrapper,
  });
}
