import type { Context as LambdaContext } from 'aws-lambda';

const TRACE_ROOT = /Root=([^;]+)/;

/** Who and where: the keys every line of a request carries, as Powertools Logger writes them. */
export interface RequestLineContext {
  readonly service: string;
  readonly stage: string;
  readonly alias: string;
  /** API Gateway's request id. */
  readonly requestId: string | undefined;
  readonly coldStart: boolean;
  readonly lambda: Pick<LambdaContext, 'invokedFunctionArn' | 'memoryLimitInMB' | 'functionName' | 'awsRequestId'>;
}

/**
 * The request's summary line: one JSON object with the same standard keys as the Powertools
 * Logger's lines (level, message, timestamp, service, cold start, function and request ids, X-Ray
 * trace id, then the appended stage, request id and alias), followed by `fields`.
 *
 * Every other line goes through the Logger. This one is written on every request, so it is
 * serialised directly: its values are strings, numbers and arrays the plugin controls, which need
 * none of the Logger's generic handling (JSON replacer for errors, bigints and cycles, key
 * merging), and that handling cost more than the rest of our per-request work together.
 */
export function requestLine(context: RequestLineContext, message: string, fields: Record<string, unknown>): string {
  const { lambda } = context;
  const traceId = process.env._X_AMZN_TRACE_ID;
  return `${JSON.stringify({
    level: 'INFO',
    message,
    timestamp: new Date().toISOString(),
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
    ...fields,
  })}\n`;
}
