import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SNSClient } from '@aws-sdk/client-sns';
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { Logger } from '@aws-lambda-powertools/logger';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent, Context as LambdaContext } from 'aws-lambda';
import { createDynamoClient } from '../data/client';
import { createDb, type Db } from '../data/db';
import { aliasOf } from '../server/settings/aliasOf';
import { defaultRuntimeSettings } from '../server/settings/runtimeSettings';
import { createSettingsStore } from '../server/settings/settingsStore';
import { createMetrics } from '../server/observability/createMetrics';
import type { NotifierConfig } from './config';
import { createCustomerContacts, type CustomerContacts } from './customerContacts';
import { createLocalOutbox } from './localOutbox';
import { isLowStockJob, runLowStockReport, type LowStockReportV1, type LOW_STOCK_JOB } from './lowStockReport';
import { notifyOrderChange } from './notifyOrderChange';
import type { Mailer, Publisher } from './outbox';
import { NOTIFIER_SERVICE_NAME } from './serviceName';
import { createSesMailer } from './sesMailer';
import { createSnsPublisher } from './snsPublisher';

export interface NotifierHandlerOptions {
  readonly config: NotifierConfig;
  readonly db?: Db;
  readonly publisher?: Publisher;
  readonly mailer?: Mailer;
  readonly contacts?: CustomerContacts;
  readonly logger?: Logger;
  /** Where emails refused for good are counted (EMF, the stage as a dimension). */
  readonly metrics?: Metrics;
}

export type NotifierEvent = DynamoDBStreamEvent | typeof LOW_STOCK_JOB;
export type NotifierHandler = (
  event: NotifierEvent,
  context: Pick<LambdaContext, 'invokedFunctionArn'>,
) => Promise<DynamoDBBatchResponse | LowStockReportV1>;

/**
 * Builds the clients once per container and returns the notifier's Lambda handler: a batch of
 * stream records (the event source mapping lets only order changes through) is processed in
 * order, each failed record reported back (`ReportBatchItemFailures`) so the others are not
 * retried with it; `{ "job": "low-stock" }` (the daily rule, or `npm run job`) runs the report.
 */
export function createNotifierHandler({ config, ...options }: NotifierHandlerOptions): NotifierHandler {
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
  const settings = createSettingsStore({ db, defaults: defaultRuntimeSettings({ logLevel: config.logLevel }), logger });
  const metrics = options.metrics ?? createMetrics({ serviceName: NOTIFIER_SERVICE_NAME, stage: config.stage });
  const processor = new BatchProcessor(EventType.DynamoDBStreams);
  const deps = { db, stage: config.stage, publisher, mailer, contacts, logger, metrics };

  return async (event, context) => {
    await settings.refresh(aliasOf(context.invokedFunctionArn, config.stage));
    const current = settings.current();
    logger.setLogLevel(current.logLevel);
    try {
      if (isLowStockJob(event)) {
        const report = await runLowStockReport({ ...deps, emailTo: config.lowStockEmailTo }, { defaultThreshold: current.lowStockThreshold });
        logger.info('Low-stock report published', { products: report.products.length });
        return report;
      }
      return await processPartialResponse(
        event,
        async (record: DynamoDBRecord) => {
          try {
            await notifyOrderChange(deps, record);
          } catch (error) {
            logger.error('Order record failed; reported for retry', { sequenceNumber: record.dynamodb?.SequenceNumber, error: error as Error });
            throw error;
          }
        },
        processor,
        { processInParallel: false, throwOnFullBatchFailure: false },
      );
    } finally {
      // the invocation's counts (emails refused), as one EMF line; nothing when there are none
      if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
    }
  };
}
