import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SNSClient } from '@aws-sdk/client-sns';
import { Logger } from '@aws-lambda-powertools/logger';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import { createDynamoClient } from '../data/client';
import { createDb, type Db } from '../data/db';
import { createMetrics } from '../runtime/createMetrics';
import type { NotifierConfig } from '../runtime/env/notifierEnvironment';
import { createCustomerContacts, type CustomerContacts } from './customerContacts';
import { createLocalOutbox } from './localOutbox';
import type { OrderNotifierDeps } from './notifyOrderChange';
import type { Mailer, Publisher } from './outbox';
import { NOTIFIER_SERVICE_NAME } from '../runtime/serviceNames';
import { createSesMailer } from './sesMailer';
import { createSnsPublisher } from './snsPublisher';

export interface NotifierDepsOptions {
  readonly config: NotifierConfig;
  readonly db?: Db;
  readonly publisher?: Publisher;
  readonly mailer?: Mailer;
  readonly contacts?: CustomerContacts;
  readonly logger?: Logger;
  /** Where emails refused for good are counted (EMF, the stage as a dimension). */
  readonly metrics?: Metrics;
  /** The time, for an expired hold's order (the clock by default; tests move their own). */
  readonly now?: () => Date;
}

/**
 * The notifier's clients, from its configuration (parts given in `options` are used as they are):
 * the table, SNS or the local outbox, SES when the stage has a sender, the customers' contacts, the
 * logger and metrics. The Lambda handler builds them once per container; `npm run job -- redrive`
 * builds the same for a stage or the local stack.
 */
export function createNotifierDeps({
  config,
  ...options
}: NotifierDepsOptions): OrderNotifierDeps & { readonly logger: Logger; readonly metrics: Metrics } {
  const logger = options.logger ?? new Logger({ serviceName: NOTIFIER_SERVICE_NAME, logLevel: config.logLevel });
  const db =
    options.db ?? createDb({ client: createDynamoClient({ region: config.region, endpoint: config.dynamoDbEndpoint }), tableName: config.tableName });
  const needsOutbox = !options.publisher || options.mailer === undefined;
  const local =
    config.outbox.kind === 'file' && needsOutbox ? createLocalOutbox({ file: config.outbox.file, log: (line) => logger.info(line) }) : undefined;
  const publisher =
    options.publisher ??
    local?.publisher ??
    createSnsPublisher({
      client: new SNSClient({ region: config.region }),
      topicArns: (config.outbox as { topicArns: { orders: string; admin: string } }).topicArns,
    });
  const mailer =
    options.mailer ??
    local?.mailer ??
    (config.email ? createSesMailer({ client: new SESv2Client({ region: config.email.sesRegion }), sender: config.email }) : undefined);
  const contacts =
    options.contacts ??
    createCustomerContacts({
      db,
      ...(config.userPoolId
        ? { userPool: { client: new CognitoIdentityProviderClient({ region: config.region }), userPoolId: config.userPoolId } }
        : {}),
    });
  const metrics = options.metrics ?? createMetrics({ serviceName: NOTIFIER_SERVICE_NAME, stage: config.stage });
  return { db, stage: config.stage, publisher, mailer, contacts, logger, metrics, ...(options.now ? { now: options.now } : {}) };
}
