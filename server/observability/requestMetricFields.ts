import { METRICS_NAMESPACE } from './createMetrics';

/** Dimensions of the per-request metrics: keys at the root of the log line that carries them. */
export const REQUEST_METRIC_DIMENSIONS = ['service', 'stage', 'operation'] as const;

const DIRECTIVES = Object.freeze([
  Object.freeze({
    Namespace: METRICS_NAMESPACE,
    Dimensions: [[...REQUEST_METRIC_DIMENSIONS]],
    Metrics: [
      { Name: 'Requests', Unit: 'Count' },
      { Name: 'Latency', Unit: 'Milliseconds' },
      { Name: 'DynamoDBRequests', Unit: 'Count' },
    ],
  }),
]);

/**
 * The per-request metrics as Embedded Metric Format fields, merged into the request's own log
 * line: CloudWatch extracts metrics from any JSON log event with an `_aws` member, so one line per
 * request carries both the log entry and the metrics (half the log events of a separate EMF line,
 * and one serialisation). The dimension values are the line's own `service`, `stage` and
 * `operation` keys.
 */
export function requestMetricFields({ durationMs, dynamoRequests }: { durationMs: number; dynamoRequests: number }, timestamp = Date.now()) {
  return { _aws: { Timestamp: timestamp, CloudWatchMetrics: DIRECTIVES }, Requests: 1, Latency: durationMs, DynamoDBRequests: dynamoRequests };
}
