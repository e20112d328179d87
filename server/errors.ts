/** Codes a client may see in `extensions.code`; the one vocabulary the API speaks. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  OUT_OF_STOCK: 'OUT_OF_STOCK',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Base of every error whose message is meant for the client. */
export abstract class StorefrontError extends Error {
  abstract readonly code: ErrorCode;
  /** Extra, client-safe fields for `extensions`. */
  readonly details: Record<string, unknown>;

  constructor(message: string, options?: ErrorOptions & { details?: Record<string, unknown> }) {
    super(message, options);
    this.name = new.target.name;
    this.details = options?.details ?? {};
  }
}

export class BadUserInputError extends StorefrontError {
  readonly code = ErrorCode.BAD_USER_INPUT;
}
export class UnauthenticatedError extends StorefrontError {
  readonly code = ErrorCode.UNAUTHENTICATED;
}
export class ForbiddenError extends StorefrontError {
  readonly code = ErrorCode.FORBIDDEN;
}
export class NotFoundError extends StorefrontError {
  readonly code = ErrorCode.NOT_FOUND;
}
export class ConflictError extends StorefrontError {
  readonly code = ErrorCode.CONFLICT;
}
export class OutOfStockError extends StorefrontError {
  readonly code = ErrorCode.OUT_OF_STOCK;
}
/** Retryable: the store is throttling or unreachable. */
export class ServiceUnavailableError extends StorefrontError {
  readonly code = ErrorCode.SERVICE_UNAVAILABLE;
}
