/** Codes a client may see in `extensions.code`; the one vocabulary the API speaks. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** The HTTP request itself is unusable (malformed JSON, a persisted-query hash that does not match its query). */
  BAD_REQUEST: 'BAD_REQUEST',
  /** Apollo's codes for Automatic Persisted Queries: the hash is unknown (send the query), or the version is not supported. */
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  PERSISTED_QUERY_NOT_SUPPORTED: 'PERSISTED_QUERY_NOT_SUPPORTED',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  OUT_OF_STOCK: 'OUT_OF_STOCK',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * Base of every error whose message is meant for the client. Each class spells out its `name`:
 * the Lambda bundle is minified without keeping class names, so `new.target.name` would log a
 * mangled one.
 */
export abstract class StorefrontError extends Error {
  abstract override readonly name: string;
  abstract readonly code: ErrorCode;
  /** Extra, client-safe fields for `extensions`. */
  readonly details: Record<string, unknown>;

  constructor(message: string, options?: ErrorOptions & { details?: Record<string, unknown> }) {
    super(message, options);
    this.details = options?.details ?? {};
  }
}

/** The HTTP request cannot be read as a GraphQL request. */
export class BadRequestError extends StorefrontError {
  override readonly name: string = 'BadRequestError';
  readonly code = ErrorCode.BAD_REQUEST;
}
export class BadUserInputError extends StorefrontError {
  override readonly name: string = 'BadUserInputError';
  readonly code = ErrorCode.BAD_USER_INPUT;
}
export class UnauthenticatedError extends StorefrontError {
  override readonly name: string = 'UnauthenticatedError';
  readonly code = ErrorCode.UNAUTHENTICATED;
}
export class ForbiddenError extends StorefrontError {
  override readonly name: string = 'ForbiddenError';
  readonly code = ErrorCode.FORBIDDEN;
}
export class NotFoundError extends StorefrontError {
  override readonly name: string = 'NotFoundError';
  readonly code = ErrorCode.NOT_FOUND;
}
export class ConflictError extends StorefrontError {
  override readonly name: string = 'ConflictError';
  readonly code = ErrorCode.CONFLICT;
}
export class OutOfStockError extends StorefrontError {
  override readonly name: string = 'OutOfStockError';
  readonly code = ErrorCode.OUT_OF_STOCK;
}
/** Retryable: the store is throttling or unreachable. */
export class ServiceUnavailableError extends StorefrontError {
  override readonly name: string = 'ServiceUnavailableError';
  readonly code = ErrorCode.SERVICE_UNAVAILABLE;
}
