import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import type { Logger } from '@aws-lambda-powertools/logger';
import { MetricUnit, type Metrics } from '@aws-lambda-powertools/metrics';
import type { OperationDefinitionNode } from 'graphql';
import type { Context } from '../../resolvers/context';
import { requestLine } from '../observability/requestLine';
import { currentRequest } from '../observability/requestScope';

const MAX_LOGGED_QUERY = 2_000;

const LOGS_INFO = new Set(['DEBUG', 'INFO']);
const NO_ERRORS: readonly string[] = Object.freeze([]);

/**
 * One INFO log line per GraphQL request (operation, duration, DynamoDB requests and the capacity
 * units they consumed, error codes) that
 * also carries the request's metrics in Embedded Metric Format. When the alias logs above INFO,
 * the metrics still go out, on a line of their own. Metrics use the operation's root field as
 * dimension (bounded by the schema), never the client-chosen operation name; errors are counted
 * per code. Tokens and variables are never logged.
 */
export function observabilityPlugin({ logger, metrics }: { logger: Logger; metrics: Metrics }): ApolloServerPlugin<Context> {
  const listener: GraphQLRequestListener<Context> = {
    async willSendResponse({ request, response, errors, operationName, operation: definition }) {
      const operation = rootField(definition);
      const operationType = definition?.operation ?? 'unknown';
      const record = currentRequest();
      if (definition && record?.logLevel === 'DEBUG') {
        logger.debug('GraphQL operation', { operationName, operationType, query: request.query?.slice(0, MAX_LOGGED_QUERY) });
      }
      const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
      const reported = body?.errors ?? errors;
      const errorCodes = reported?.length ? [...new Set(reported.map((error) => String(error.extensions?.code ?? 'UNKNOWN')))] : NO_ERRORS;
      const status = response.http.status ?? 200;
      if (record && LOGS_INFO.has(record.logLevel)) {
        const durationMs = Date.now() - record.startedAt;
        const { dynamoRequests, readUnits, writeUnits } = record;
        process.stdout.write(
          requestLine(record.line, {
            operationName: operationName ?? undefined,
            operation,
            operationType,
            status,
            errorCodes,
            durationMs,
            dynamoRequests,
            readUnits,
            writeUnits,
          }),
        );
      } else {
        // The alias logs above INFO (or the request runs outside the handler): the Logger
        // decides about the line, and the metrics go out on their own.
        const durationMs = record ? Date.now() - record.startedAt : undefined;
        const { dynamoRequests = 0, readUnits = 0, writeUnits = 0 } = record ?? {};
        logger.info('GraphQL request', {
          operationName,
          operation,
          operationType,
          status,
          errorCodes,
          durationMs,
          dynamoRequests,
          readUnits,
          writeUnits,
        });
        metrics.addDimensions({ operation });
        metrics.addMetric('Requests', MetricUnit.Count, 1);
        if (durationMs !== undefined) metrics.addMetric('Latency', MetricUnit.Milliseconds, durationMs);
        metrics.addMetric('DynamoDBRequests', MetricUnit.Count, dynamoRequests);
        metrics.addMetric('DynamoDBReadUnits', MetricUnit.NoUnit, readUnits);
        metrics.addMetric('DynamoDBWriteUnits', MetricUnit.NoUnit, writeUnits);
        metrics.publishStoredMetrics();
      }
      for (const code of errorCodes) {
        const single = metrics.singleMetric();
        single.addDimensions({ errorCode: code });
        single.addMetric('Errors', MetricUnit.Count, 1);
      }
    },
  };
  return { requestDidStart: async () => listener };
}

/** The operation's root field: the metrics dimension (bounded by the schema, unlike operation names). */
function rootField(definition: OperationDefinitionNode | undefined): string {
  const root = definition?.selectionSet.selections.find((selection) => selection.kind === 'Field');
  return root?.kind === 'Field' ? root.name.value : 'unknown';
}
