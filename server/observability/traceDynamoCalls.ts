import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * X-Ray: a subsegment around every DynamoDB call. The tracer (and the X-Ray SDK beneath it) is
 * loaded only for stages that trace, so the others do not pay for it at cold start.
 */
export function traceDynamoCalls(client: DynamoDBDocumentClient, serviceName: string): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when tracing is on
  const { Tracer } = require('@aws-lambda-powertools/tracer') as typeof import('@aws-lambda-powertools/tracer');
  new Tracer({ serviceName }).captureAWSv3Client(client);
}
