import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';

/** What went wrong, in words a shopper can act on. */
export interface Problem {
  readonly code: string;
  readonly message: string;
  /** Retrying can help (the service or the network was unavailable). */
  readonly retryable: boolean;
  readonly extensions?: Record<string, unknown>;
}

export function problemOf(error: unknown): Problem {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = String(first?.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    return {
      code,
      message: messageFor(code, first?.message),
      retryable: code === 'SERVICE_UNAVAILABLE' || code === 'INTERNAL_SERVER_ERROR' || code === 'TRANSACTION_CONFLICT',
      extensions: first?.extensions,
    };
  }
  if (ServerError.is(error) || ServerParseError.is(error)) {
    return {
      code: 'SERVICE_UNAVAILABLE',
      message: 'The store is not answering right now. Your cart is kept; try again in a moment.',
      retryable: true,
    };
  }
  // fetch failed: offline, the API is down, or this origin is not allowed to call it (CORS)
  return { code: 'NETWORK', message: 'The store cannot be reached. Check your connection; your cart is kept.', retryable: true };
}

function messageFor(code: string, message: string | undefined): string {
  switch (code) {
    case 'SERVICE_UNAVAILABLE':
      return 'The store is busy right now. Your cart is kept; try again in a moment.';
    case 'INTERNAL_SERVER_ERROR':
      return 'Something went wrong on our side. Your cart is kept; try again.';
    case 'UNAUTHENTICATED':
      return 'Your session has ended. Please sign in again.';
    case 'TRUSTED_DOCUMENT_REQUIRED':
      // only a build the API no longer knows sends a document it does not trust
      return 'This page is out of date. Reload it to get the current version of the shop; your cart is kept.';
    default:
      return message ?? 'The request could not be completed.';
  }
}
