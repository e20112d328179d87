import { invocationTraceId } from '../../runtime/env/invocationTraceId';
import type { Context as LambdaContext } from 'aws-lambda';
import { REQUEST_METRICS } from './requestMetrics';

const TRACE_ROOT = /Root=([^;]+)/;
/** The EMF directive is the same on every line: serialised once (it cost more than the rest of the line). */
const REQUEST_METRICS_JSON = JSON.stringify(REQUEST_METRICS);

/** Who and where: the keys every line of a request carries, as Powertools Logger writes them. */
export interface RequestLineContext {
  readonly service: string;
  readonly stage: string;
  readonly alias: string;
  /** API Gateway's request id. */
  readonly requestId: string | undefined;
  readonly coldStart: boolean;
  /** Whether the function is traced (X-Ray): only then does the line carry the trace id. */
  readonly tracing: boolean;
  readonly lambda: Pick<LambdaContext, 'invokedFunctionArn' | 'memoryLimitInMB' | 'functionName' | 'awsRequestId'>;
}

/** What the request did, and what it cost. */
export interface RequestSummary {
  readonly operationName: string | undefined;
  /** The operation's root field (the metrics dimension). */
  readonly operation: string;
  readonly operationType: string;
  readonly status: number;
  readonly errorCodes: readonly string[];
  readonly durationMs: number;
  readonly dynamoRequests: number;
  /** DynamoDB read capacity units consumed, as DynamoDB reported them. */
  readonly readUnits: number;
  /** DynamoDB write capacity units consumed, as DynamoDB reported them. */
  readonly writeUnits: number;
}

/**
 * The request's INFO line, `GraphQL request`: the same standard keys as the Powertools Logger's
 * lines (level, message, timestamp, service, cold start, function and request ids, the X-Ray trace
 * id where the function is traced, the appended stage, request id and alias), the summary, and the
 * request's metrics in Embedded Metric Format.
 *
 * Every other line goes through the Logger. This one is written on every request, so it is
 * serialised directly: its values are strings, numbers and arrays, which need none of the Logger's
 * generic handling (JSON replacer for errors, bigints and cycles, key merging), and that handling
 * cost more than the rest of our per-request work together. The EMF directive, the same on every
 * line, is serialised once.
 */
export function requestLine(context: RequestLineContext, summary: RequestSummary, now = Date.now()): string {
  const { lambda } = context;
  const traceId = context.tracing ? invocationTraceId() : undefined;
  const line = JSON.stringify({
    level: 'INFO',
    message: 'GraphQL request',
    timestamp: isoTimestamp(now),
    service: context.service,
    cold_start: context.coldStart,
    function_arn: lambda.invokedFunctionArn,
    function_memory_size: lambda.memoryLimitInMB,
    function_name: lambda.functionName,
    function_request_id: lambda.awsRequestId,
    xray_trace_id: traceId ? TRACE_ROOT.exec(traceId)?.[1] : undefined,
    stage: context.stage,
    requestId: context.requestId,
    alias: context.alias,
    operationName: summary.operationName,
    operation: summary.operation,
    operationType: summary.operationType,
    status: summary.status,
    durationMs: summary.durationMs,
    dynamoRequests: summary.dynamoRequests,
    readUnits: summary.readUnits,
    writeUnits: summary.writeUnits,
    errorCodes: summary.errorCodes,
    Requests: 1,
    Latency: summary.durationMs,
    DynamoDBRequests: summary.dynamoRequests,
    DynamoDBReadUnits: summary.readUnits,
    DynamoDBWriteUnits: summary.writeUnits,
  });
  // `line` ends with the object's closing brace: the `_aws` member goes in before it.
  return `${line.slice(0, -1)},"_aws":{"Timestamp":${now},"CloudWatchMetrics":${REQUEST_METRICS_JSON}}}\n`;
}

let second = { at: Number.NaN, prefix: '' };

/** `new Date(now).toISOString()`, with the part up to the seconds formatted once per second. */
export function isoTimestamp(now: number): string {
  const at = Math.floor(now / 1000);
  if (at !== second.at) second = { at, prefix: new Date(at * 1000).toISOString().slice(0, 20) };
  const millis = now - at * 1000;
  return `${second.prefix}${millis < 10 ? '00' : millis < 100 ? '0' : ''}${millis}Z`;
}
