import { METRICS_NAMESPACE } from '../../runtime/createMetrics';

/** Dimensions of the per-request metrics: keys at the root of the log line that carries them. */
export const REQUEST_METRIC_DIMENSIONS = ['service', 'stage', 'operation'] as const;

/**
 * The Embedded Metric Format directive of the per-request metrics (`_aws.CloudWatchMetrics`).
 * CloudWatch extracts metrics from any JSON log event with an `_aws` member, so the request's own
 * log line carries them (`requestLine`): one log event per request instead of two. The metric
 * values are the line's `Requests`, `Latency`, `DynamoDBRequests`, `DynamoDBReadUnits` and
 * `DynamoDBWriteUnits` keys (capacity units as DynamoDB reported them; fractional, so `None`).
 */
export const REQUEST_METRICS = Object.freeze([
  Object.freeze({
    Namespace: METRICS_NAMESPACE,
    Dimensions: [[...REQUEST_METRIC_DIMENSIONS]],
    Metrics: [
      { Name: 'Requests', Unit: 'Count' },
      { Name: 'Latency', Unit: 'Milliseconds' },
      { Name: 'DynamoDBRequests', Unit: 'Count' },
      { Name: 'DynamoDBReadUnits', Unit: 'None' },
      { Name: 'DynamoDBWriteUnits', Unit: 'None' },
    ],
  }),
]);
