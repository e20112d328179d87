import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { headerValue } from '../runtime/cors';
import { BadRequestError, ErrorCode } from '../core/errors';
import { toErrorResponse } from './errorBoundary';

/**
 * The rules that make a GET's answer safe to share through API Gateway's cache, whose key is
 * `graphqlCacheKey` (runtime/cacheKey.ts): only anonymous answers are produced, and a transient
 * failure is never produced as an answer at all.
 */

export const SIGNED_IN_GET_MESSAGE = 'Requests that carry Authorization must use POST: answers to GET are cached and shared with every caller.';

/**
 * The refusal of a GET that carries a token. It is itself stored under the key, which holds the
 * `Authorization` header, so it is served only to requests that carry the same header and would
 * be refused the same way. An empty header is anonymous, as it is for POST.
 */
export function refuseSignedInGet(event: APIGatewayProxyEvent): APIGatewayProxyResult | undefined {
  if (event.httpMethod !== 'GET') return undefined;
  const authorization = headerValue(event.headers, 'authorization');
  if (authorization === undefined || authorization.trim() === '') return undefined;
  return toErrorResponse(new BadRequestError(SIGNED_IN_GET_MESSAGE));
}

/** Codes that say "not now" rather than "never": such an answer must not be shared for a whole TTL. */
const TRANSIENT_CODES: ReadonlySet<string> = new Set([ErrorCode.SERVICE_UNAVAILABLE, ErrorCode.INTERNAL_SERVER_ERROR]);

/** Whether an answer reports a failure that a retry may not meet: a 5xx, or any error with a transient code. */
export function isTransientFailure(result: APIGatewayProxyResult): boolean {
  if (result.statusCode >= 500) return true;
  // Only answers with errors are parsed; data-only answers never contain this key at their top level.
  if (!result.body.includes('"errors"')) return false;
  try {
    const { errors } = JSON.parse(result.body) as { errors?: Array<{ extensions?: { code?: unknown } }> };
    return errors?.some((error) => TRANSIENT_CODES.has(String(error.extensions?.code))) ?? false;
  } catch {
    return false; // not a GraphQL answer (the landing page's HTML)
  }
}

/**
 * Thrown instead of answering a GET that failed transiently. A Lambda proxy integration that fails
 * gives API Gateway no integration response to cache: the client gets the gateway's 5xx answer,
 * and the next request with the same key reaches the function again.
 */
export class UncachedFailureError extends Error {
  override readonly name: string = 'UncachedFailureError';
  constructor(readonly statusCode: number) {
    super(`A GET failed transiently (answer ${statusCode}); the function fails the invocation so API Gateway stores no answer.`);
  }
}
