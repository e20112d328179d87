/**
 * The errors every layer may throw, at the bottom of the code: `data/`, `domain/`, `resolvers/` and
 * `server/` import them, and they import nothing. Each class carries the code a client sees in
 * `extensions.code` and the HTTP status of a request it refuses as a whole (an error inside one
 * field of an executed operation leaves the status at 200, as GraphQL answers partial results).
 * `server/errorBoundary.ts` is the one place they become GraphQL errors.
 */

/** Codes a client may see in `extensions.code`; the one vocabulary the API speaks. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** The HTTP request itself is unusable (malformed JSON, a persisted-query hash that does not match its query). */
  BAD_REQUEST: 'BAD_REQUEST',
  /** Apollo's codes for Automatic Persisted Queries: the hash is unknown (send the query), or the version is not supported. */
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  PERSISTED_QUERY_NOT_SUPPORTED: 'PERSISTED_QUERY_NOT_SUPPORTED',
  /** `extensions.persistedQuery` is not an object whose `sha256Hash` is 64 hexadecimal characters. */
  PERSISTED_QUERY_INVALID: 'PERSISTED_QUERY_INVALID',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  /**
   * A conflict with the current state that has no code of its own: prices changed since they were
   * shown (`currentPrices`, which shipped storefront builds read under this code), an order that
   * is not PLACED any more being cancelled.
   */
  CONFLICT: 'CONFLICT',
  /** The object is not at the version the client read (`expectedVersion`, settings revision): read it again, then decide. */
  VERSION_CONFLICT: 'VERSION_CONFLICT',
  /** Retryable: concurrent writes kept cancelling the transaction; send the same request again. */
  TRANSACTION_CONFLICT: 'TRANSACTION_CONFLICT',
  /** Another product has this SKU (in any letter case). */
  SKU_TAKEN: 'SKU_TAKEN',
  /** Another category has this slug. */
  SLUG_TAKEN: 'SLUG_TAKEN',
  /** The customer has already reviewed this product. */
  ALREADY_REVIEWED: 'ALREADY_REVIEWED',
  /** The idempotency key was used before for a different request. */
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  OUT_OF_STOCK: 'OUT_OF_STOCK',
  /** The alias runs trusted documents only, and this one is not among them. */
  TRUSTED_DOCUMENT_REQUIRED: 'TRUSTED_DOCUMENT_REQUIRED',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface StorefrontErrorOptions extends ErrorOptions {
  /** Extra, client-safe fields for `extensions`. */
  readonly details?: Record<string, unknown>;
}

/**
 * Base of every error whose message is meant for the client. Each class spells out its `name`:
 * the Lambda bundle is minified without keeping class names, so `new.target.name` would log a
 * mangled one.
 */
export abstract class StorefrontError extends Error {
  abstract override readonly name: string;
  abstract readonly code: ErrorCode;
  /** The HTTP status when this error refuses a whole request. */
  abstract readonly httpStatus: number;
  /** Extra, client-safe fields for `extensions`. */
  readonly details: Record<string, unknown>;

  constructor(message: string, options?: StorefrontErrorOptions) {
    super(message, options);
    this.details = options?.details ?? {};
  }

  /** Headers a refusal sends along (`Retry-After`). */
  get httpHeaders(): ReadonlyMap<string, string> {
    return NO_HEADERS;
  }
}

const NO_HEADERS: ReadonlyMap<string, string> = new Map();

/** The HTTP request cannot be read as a GraphQL request. */
export class BadRequestError extends StorefrontError {
  override readonly name: string = 'BadRequestError';
  readonly code = ErrorCode.BAD_REQUEST;
  readonly httpStatus = 400;
}
export class BadUserInputError extends StorefrontError {
  override readonly name: string = 'BadUserInputError';
  readonly code = ErrorCode.BAD_USER_INPUT;
  readonly httpStatus = 400;
}
export class UnauthenticatedError extends StorefrontError {
  override readonly name: string = 'UnauthenticatedError';
  readonly code = ErrorCode.UNAUTHENTICATED;
  readonly httpStatus = 401;
}
export class ForbiddenError extends StorefrontError {
  override readonly name: string = 'ForbiddenError';
  readonly code = ErrorCode.FORBIDDEN;
  readonly httpStatus = 403;
}
export class NotFoundError extends StorefrontError {
  override readonly name: string = 'NotFoundError';
  readonly code = ErrorCode.NOT_FOUND;
  readonly httpStatus = 404;
}
/**
 * A conflict with the current state (HTTP 409). The causes a client acts on differently are
 * subclasses with codes of their own; `instanceof ConflictError` still matches them all.
 */
export class ConflictError extends StorefrontError {
  override readonly name: string = 'ConflictError';
  readonly code: ErrorCode = ErrorCode.CONFLICT;
  readonly httpStatus = 409;
}
export class VersionConflictError extends ConflictError {
  override readonly name: string = 'VersionConflictError';
  override readonly code: ErrorCode = ErrorCode.VERSION_CONFLICT;
}
/** Retryable as it is: concurrent writes won, nothing was written. */
export class TransactionConflictError extends ConflictError {
  override readonly name: string = 'TransactionConflictError';
  override readonly code: ErrorCode = ErrorCode.TRANSACTION_CONFLICT;
}
export class SkuTakenError extends ConflictError {
  override readonly name: string = 'SkuTakenError';
  override readonly code: ErrorCode = ErrorCode.SKU_TAKEN;
}
export class SlugTakenError extends ConflictError {
  override readonly name: string = 'SlugTakenError';
  override readonly code: ErrorCode = ErrorCode.SLUG_TAKEN;
}
export class AlreadyReviewedError extends ConflictError {
  override readonly name: string = 'AlreadyReviewedError';
  override readonly code: ErrorCode = ErrorCode.ALREADY_REVIEWED;
}
export class IdempotencyKeyReusedError extends ConflictError {
  override readonly name: string = 'IdempotencyKeyReusedError';
  override readonly code: ErrorCode = ErrorCode.IDEMPOTENCY_KEY_REUSED;
}
export class OutOfStockError extends StorefrontError {
  override readonly name: string = 'OutOfStockError';
  readonly code = ErrorCode.OUT_OF_STOCK;
  readonly httpStatus = 409;
}

/** `extensions.persistedQuery` is malformed: not an object, or a `sha256Hash` that is not 64 hexadecimal characters. */
export class PersistedQueryInvalidError extends StorefrontError {
  override readonly name: string = 'PersistedQueryInvalidError';
  readonly code = ErrorCode.PERSISTED_QUERY_INVALID;
  readonly httpStatus = 400;
}
/** A persisted-query `version` other than 1, the only one there is. */
export class PersistedQueryNotSupportedError extends StorefrontError {
  override readonly name: string = 'PersistedQueryNotSupportedError';
  readonly code = ErrorCode.PERSISTED_QUERY_NOT_SUPPORTED;
  readonly httpStatus = 400;
}

/** A document outside the trusted documents, where only those run. */
export class UntrustedDocumentError extends StorefrontError {
  override readonly name: string = 'UntrustedDocumentError';
  readonly code = ErrorCode.TRUSTED_DOCUMENT_REQUIRED;
  readonly httpStatus = 400;
}

/** Retryable: the store is throttling or unreachable, or the service is read-only for a while. */
export class ServiceUnavailableError extends StorefrontError {
  override readonly name: string = 'ServiceUnavailableError';
  readonly code = ErrorCode.SERVICE_UNAVAILABLE;
  readonly httpStatus = 503;
  readonly retryAfterSeconds?: number;

  constructor(message: string, options?: StorefrontErrorOptions & { retryAfterSeconds?: number }) {
    super(message, options);
    if (options?.retryAfterSeconds !== undefined) this.retryAfterSeconds = options.retryAfterSeconds;
  }

  override get httpHeaders(): ReadonlyMap<string, string> {
    return this.retryAfterSeconds === undefined ? super.httpHeaders : new Map([['retry-after', String(this.retryAfterSeconds)]]);
  }
}

/**
 * An error and the causes beneath it (`cause`, as SDKs and ElectroDB wrap them), outermost first,
 * at most `maxDepth` of them: the one walk every classifier of wrapped errors uses.
 */
export function* causeChain(error: unknown, maxDepth = 6): Generator<{ name?: unknown; code?: unknown; message?: unknown }> {
  for (let current: unknown = error, depth = 0; current && depth < maxDepth; depth++) {
    yield current as { name?: unknown; code?: unknown; message?: unknown };
    current = (current as { cause?: unknown }).cause;
  }
}
