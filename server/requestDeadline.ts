import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Context as LambdaContext } from 'aws-lambda';
import { DYNAMODB_LIMITS } from '../data/client';
import { currentRequest } from './observability/requestScope';

/** The longest a request may keep sending DynamoDB requests. */
export const REQUEST_DEADLINE_MS = 8_000;

/**
 * What a DynamoDB attempt sent just before the deadline may still take (connecting, then waiting
 * for the answer), plus a second for answering: the deadline leaves this much of the invocation.
 */
export const LAST_ATTEMPT_ALLOWANCE_MS = DYNAMODB_LIMITS.connectionTimeoutMs + DYNAMODB_LIMITS.requestTimeoutMs + 1_000;

/**
 * Thrown instead of sending a DynamoDB request (a first attempt or a retry) once the request's
 * deadline has passed. Not retried by the SDK; reaches the client as SERVICE_UNAVAILABLE, like
 * any other store timeout.
 */
export class RequestDeadlineError extends Error {
  override readonly name: string = 'RequestDeadlineError';

  constructor(commandName: string) {
    super(`The request's deadline passed before ${commandName} could be sent.`);
  }
}

/**
 * When the request that starts now must stop sending DynamoDB requests: after
 * `REQUEST_DEADLINE_MS`, and early enough that the last attempt ends before Lambda's timeout.
 * Sequential calls, each bounded by the client's timeouts and attempts, could otherwise add up
 * past the timeout, and Lambda would end the invocation with no GraphQL answer.
 */
export function requestDeadline(context: Pick<LambdaContext, 'getRemainingTimeInMillis'>, now = Date.now()): number {
  return now + Math.min(REQUEST_DEADLINE_MS, context.getRemainingTimeInMillis() - LAST_ATTEMPT_ALLOWANCE_MS);
}

const NAME = 'storefrontRequestDeadline';

/**
 * Refuses every DynamoDB attempt (retries included: the check sits inside the retry layer) that
 * would start after the deadline of the request being served. Outside a request (init, settings
 * reads) nothing is refused. Adding it twice adds it once.
 */
export function enforceRequestDeadline(client: Pick<DynamoDBDocumentClient, 'middlewareStack'>): void {
  if (client.middlewareStack.identify().some((entry) => entry.startsWith(NAME))) return;
  client.middlewareStack.add(
    (next, context) => (args) => {
      const deadline = currentRequest()?.deadline;
      if (deadline !== undefined && Date.now() >= deadline) throw new RequestDeadlineError(String(context.commandName));
      return next(args);
    },
    { step: 'finalizeRequest', name: NAME },
  );
}
