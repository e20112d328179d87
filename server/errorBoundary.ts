import { unwrapResolverError } from '@apollo/server/errors';
import type { APIGatewayProxyResult } from 'aws-lambda';
import { GraphQLError, type ASTNode, type GraphQLFormattedError } from 'graphql';
import { ErrorCode, StorefrontError, causeChain } from '../core/errors';

const THROTTLING = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
  // server/requestDeadline.ts: the request ran out of time before its next DynamoDB request
  'RequestDeadlineError',
]);
const NETWORK_CODES = ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN'];
const NETWORK = new Set(NETWORK_CODES);
/**
 * The SDK turns a rejection that is not an `Error` of its own realm into a plain Error whose
 * message is all that is left of it: "AWS SDK error wrapper for Error: connect ECONNREFUSED …".
 */
const SDK_WRAPPED_NETWORK_ERROR = new RegExp(`^AWS SDK error wrapper for .*\\b(${NETWORK_CODES.join('|')})\\b`);

export const INTERNAL_MESSAGE = 'Internal server error.';
export const UNAVAILABLE_MESSAGE = 'The service is temporarily unavailable; retry the request.';

/** The error a resolver or the context threw, beneath GraphQL's wrapping. */
export function originalError(error: unknown): unknown {
  let current = unwrapResolverError(error);
  while (current instanceof GraphQLError && current.originalError && !(current instanceof StorefrontError)) {
    current = current.originalError;
  }
  return current;
}

/** Whether the cause chain shows the store throttling us or being out of reach. */
export function isTransientStoreError(error: unknown): boolean {
  for (const { name, code, message } of causeChain(error)) {
    if (typeof name === 'string' && THROTTLING.has(name)) return true;
    if (typeof code === 'string' && NETWORK.has(code)) return true;
    if (typeof message === 'string' && SDK_WRAPPED_NETWORK_ERROR.test(message)) return true;
  }
  return false;
}

/**
 * A domain error as the GraphQL error that refuses a request before any field runs (the context,
 * a plugin): its code and details in `extensions`, its HTTP status and headers for Apollo.
 */
export function toGraphQLError(error: StorefrontError, { nodes }: { nodes?: readonly ASTNode[] } = {}): GraphQLError {
  return new GraphQLError(error.message, {
    ...(nodes ? { nodes } : {}),
    originalError: error,
    extensions: { ...error.details, code: error.code, http: { status: error.httpStatus, headers: new Map(error.httpHeaders) } },
  });
}

/**
 * What kind of failure an error is:
 * - `domain`: one of ours (a StorefrontError), meant for the client as it is;
 * - `request`: GraphQL's or Apollo's verdict on the request (parse, validation, variables,
 *   persisted queries), which carries its own code;
 * - `fault`: anything else, our fault, logged and masked. That includes GraphQL errors raised
 *   while a field was executed that no resolver meant (a value the schema cannot represent, a
 *   null in a non-null field) and GraphQL errors without a code.
 */
function classify(
  error: unknown,
): { kind: 'domain'; original: StorefrontError } | { kind: 'request'; code?: ErrorCode } | { kind: 'fault'; original: unknown } {
  const original = originalError(error);
  if (original instanceof StorefrontError) return { kind: 'domain', original };
  if (!(original instanceof GraphQLError) || !(error instanceof GraphQLError) || error.path !== undefined) return { kind: 'fault', original };
  if (error.extensions.code !== undefined) return { kind: 'request' };
  const status = (error.extensions.http as { status?: number } | undefined)?.status;
  if (status !== undefined && status >= 400 && status < 500) return { kind: 'request', code: APOLLO_UNCODED[error.message] ?? ErrorCode.BAD_REQUEST };
  return { kind: 'fault', original };
}

/** Apollo's request errors that come without a code (as HTTP 400s): the client's mistakes, given a stable code. */
const APOLLO_UNCODED: Readonly<Record<string, ErrorCode>> = {
  'Unsupported persisted query version': ErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
  'provided sha does not match query': ErrorCode.BAD_REQUEST,
};

/** Unexpected errors are logged in full and reach clients masked. */
export function isUnexpected(error: unknown): boolean {
  return classify(error).kind === 'fault';
}

/**
 * The one boundary where errors become what clients see: domain errors keep their message and
 * code, the request verdicts of GraphQL and Apollo keep theirs, everything else is masked.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const where = { ...(formatted.locations ? { locations: formatted.locations } : {}), ...(formatted.path ? { path: formatted.path } : {}) };
  const kind = classify(error);
  if (kind.kind === 'domain') {
    return { message: kind.original.message, ...where, extensions: { ...kind.original.details, code: kind.original.code } };
  }
  if (kind.kind === 'request') {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions: { ...extensions, ...(kind.code ? { code: kind.code } : {}) } };
  }
  const original = kind.original;
  if (isTransientStoreError(original)) {
    return { message: UNAVAILABLE_MESSAGE, ...where, extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } };
  }
  return { message: INTERNAL_MESSAGE, ...where, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}

/**
 * The HTTP answer to a request that failed before Apollo could answer it (a body that is not
 * JSON, a refused GET): a domain error with its status and code, anything else masked, in the
 * shape of a GraphQL response.
 */
export function toErrorResponse(error: unknown): APIGatewayProxyResult {
  const [statusCode, message, code] =
    error instanceof StorefrontError ? [error.httpStatus, error.message, error.code] : [500, INTERNAL_MESSAGE, ErrorCode.INTERNAL_SERVER_ERROR];
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  return { statusCode, headers: { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(body)) }, body };
}
