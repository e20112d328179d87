import { randomUUID } from 'node:crypto';
import type { Context as LambdaContext } from 'aws-lambda';

/** The local stack's function, as its ARN names it. */
export const LOCAL_FUNCTION_NAME = 'storefront-api-local';

export interface LambdaContextOptions {
  readonly functionName: string;
  /** Alias the function is invoked through; unqualified (as `$LATEST`) when omitted. */
  readonly alias?: string;
  readonly accountId?: string;
  readonly timeoutMs?: number;
}

/** The context object Lambda passes a handler, for invoking it outside Lambda (local gateway, tests). */
export function lambdaContext({ functionName, alias, accountId = '000000000000', timeoutMs = 15_000 }: LambdaContextOptions): LambdaContext {
  const deadline = Date.now() + timeoutMs;
  return {
    awsRequestId: randomUUID(),
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:us-east-1:${accountId}:function:${functionName}${alias ? `:${alias}` : ''}`,
    memoryLimitInMB: '1024',
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: alias ?? 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
