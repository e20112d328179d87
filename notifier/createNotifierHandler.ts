import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent, Context as LambdaContext } from 'aws-lambda';
import { aliasOf } from '../runtime/settings/aliasOf';
import { defaultRuntimeSettings } from '../runtime/settings/runtimeSettings';
import { createSettingsStore } from '../runtime/settings/settingsStore';
import { isLowStockJob, type LOW_STOCK_JOB } from '../runtime/jobs';
import { runLowStockReport, type LowStockReportV1 } from './lowStockReport';
import { createNotifierDeps, type NotifierDepsOptions } from './notifierDeps';
import { notifyOrderChange } from './notifyOrderChange';
import { productChangesOf } from './productChanges';
import { recordProductChanges } from '../domain/search/recordProductChanges';

/** What the handler is built from: the configuration, and any part a caller (a test, `npm start`) supplies itself. */
export type NotifierHandlerOptions = NotifierDepsOptions;

export type NotifierEvent = DynamoDBStreamEvent | typeof LOW_STOCK_JOB;
export type NotifierHandler = (
  event: NotifierEvent,
  context: Pick<LambdaContext, 'invokedFunctionArn'>,
) => Promise<DynamoDBBatchResponse | LowStockReportV1>;

/**
 * Builds the clients once per container and returns the notifier's Lambda handler: a batch of
 * stream records (the event source mapping lets only order events and product changes through)
 * first has its product changes logged for search as one entry (a failure fails the whole batch,
 * which is retried: order events are delivered once whatever the retries), then its order
 * records processed in order, each failed record reported back (`ReportBatchItemFailures`) so the
 * others are not retried with it; `{ "job": "low-stock" }` (the daily rule, or `npm run job`) runs
 * the report.
 */
export function createNotifierHandler({ config, ...options }: NotifierHandlerOptions): NotifierHandler {
  const deps = createNotifierDeps({ config, ...options });
  const { db, logger, metrics } = deps;
  const settings = createSettingsStore({ db, defaults: defaultRuntimeSettings({ logLevel: config.logLevel }), logger });
  const processor = new BatchProcessor(EventType.DynamoDBStreams);

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
      const recorded = await recordProductChanges(db, productChangesOf(event.Records));
      if (recorded?.snapshot) logger.info('Search snapshot written', { documents: recorded.snapshot.documentCount, bytes: recorded.snapshot.bytes });
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
