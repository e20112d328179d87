import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ErrorCode, StorefrontError } from '../errors';

const THROTTLING = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
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
  for (let current: unknown = error, depth = 0; current && depth < 6; depth++) {
    const { name, code, message } = current as { name?: unknown; code?: unknown; message?: unknown };
    if (typeof name === 'string' && THROTTLING.has(name)) return true;
    if (typeof code === 'string' && NETWORK.has(code)) return true;
    if (typeof message === 'string' && SDK_WRAPPED_NETWORK_ERROR.test(message)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** Unexpected errors are logged in full and reach clients masked. */
export function isUnexpected(error: unknown): boolean {
  const original = originalError(error);
  return !(original instanceof StorefrontError) && !(original instanceof GraphQLError);
}

/**
 * The one boundary where errors become what clients see: domain errors keep their message and
 * code, GraphQL's own errors pass through, everything else is masked.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = originalError(error);
  const where = { ...(formatted.locations ? { locations: formatted.locations } : {}), ...(formatted.path ? { path: formatted.path } : {}) };
  if (original instanceof StorefrontError) {
    return { message: original.message, ...where, extensions: { ...original.details, code: original.code } };
  }
  if (original instanceof GraphQLError) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  if (isTransientStoreError(original)) {
    return { message: UNAVAILABLE_MESSAGE, ...where, extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } };
  }
  return { message: INTERNAL_MESSAGE, ...where, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}
