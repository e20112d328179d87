import type { LogLevel } from '../core/logLevels';
import { ConfigError, loadLogLevel } from '../runtime/config';

/** The notifier's deploy-time configuration, read once from the environment CDK sets (or `npm start`). */
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

type Env = Readonly<Record<string, string | undefined>>;

export function loadNotifierConfig(env: Env = process.env): NotifierConfig {
  const value = (name: string) => env[name]?.trim() || undefined;
  const required = (name: string): string => {
    const found = value(name);
    if (!found) throw new ConfigError(`environment variable ${name} is required.`);
    return found;
  };
  const region = value('AWS_REGION') ?? 'us-east-1';
  const file = value('NOTIFIER_OUTBOX');
  const from = value('EMAIL_FROM');
  return {
    stage: value('STAGE') ?? 'local',
    region,
    tableName: required('TABLE_NAME'),
    dynamoDbEndpoint: value('DYNAMODB_ENDPOINT'),
    logLevel: loadLogLevel(value('POWERTOOLS_LOG_LEVEL')),
    outbox: file ? { kind: 'file', file } : { kind: 'sns', topicArns: { orders: required('ORDER_TOPIC_ARN'), admin: required('ADMIN_TOPIC_ARN') } },
    ...(from ? { email: { from, replyTo: value('EMAIL_REPLY_TO'), sesRegion: value('EMAIL_SES_REGION') ?? region } } : {}),
    lowStockEmailTo: value('LOW_STOCK_EMAIL_TO'),
    userPoolId: value('USER_POOL_ID'),
  };
}
