import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '@aws-lambda-powertools/logger';
import { MetricUnit, type Metrics } from '@aws-lambda-powertools/metrics';
import type { Context } from '../context';
import { currentRequest } from './requestScope';

const MAX_LOGGED_QUERY = 2_000;

/**
 * One info log line and one set of metrics per GraphQL request: operation, duration, DynamoDB
 * requests and error codes. Metrics use the operation's root field as dimension (bounded by the
 * schema), never the client-chosen operation name. Tokens and variables are never logged.
 */
export function observabilityPlugin({ logger, metrics }: { logger: Logger; metrics: Metrics }): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request }) {
      let operation = 'unknown';
      let operationType = 'unknown';
      return {
        async didResolveOperation({ operation: definition, operationName }) {
          if (!definition) return;
          operationType = definition.operation;
          const root = definition.selectionSet.selections.find((selection) => selection.kind === 'Field');
          operation = root?.kind === 'Field' ? root.name.value : 'unknown';
          if (logger.getLevelName() === 'DEBUG') {
            logger.debug('GraphQL operation', { operationName, operationType, query: request.query?.slice(0, MAX_LOGGED_QUERY) });
          }
        },
        async willSendResponse({ response, errors, operationName }) {
          const record = currentRequest();
          const durationMs = record ? Date.now() - record.startedAt : undefined;
          const dynamoRequests = record?.dynamoRequests ?? 0;
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const errorCodes = [...new Set((body?.errors ?? errors ?? []).map((error) => String(error.extensions?.code ?? 'UNKNOWN')))];
          const status = response.http.status ?? 200;
          logger.info('GraphQL request', { operationName, operation, operationType, status, durationMs, dynamoRequests, errorCodes });

          metrics.addDimensions({ operation });
          metrics.addMetric('Requests', MetricUnit.Count, 1);
          if (durationMs !== undefined) metrics.addMetric('Latency', MetricUnit.Milliseconds, durationMs);
          metrics.addMetric('DynamoDBRequests', MetricUnit.Count, dynamoRequests);
          metrics.publishStoredMetrics();
          for (const code of errorCodes) {
            const single = metrics.singleMetric();
            single.addDimensions({ errorCode: code });
            single.addMetric('Errors', MetricUnit.Count, 1);
          }
        },
      };
    },
  };
}
