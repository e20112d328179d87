import { GraphQLError } from 'graphql';
import { ConflictError, OutOfStockError } from '../../../core/errors';
import { INTERNAL_MESSAGE, UNAVAILABLE_MESSAGE, formatError } from '../../../server/errorBoundary';

const wrapped = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ['placeOrder'] });
const formatted = (error: GraphQLError) => ({
  message: error.message,
  path: error.path,
  extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x (/var/task/index.js:1:1)'] },
});

describe('formatError', () => {
  it('keeps a domain error’s message, code and client-safe details', () => {
    const error = wrapped(new OutOfStockError('Only 1 in stock.', { details: { productId: 'p1', available: 1 } }));

    expect(formatError(formatted(error), error)).toEqual({
      message: 'Only 1 in stock.',
      path: ['placeOrder'],
      extensions: { productId: 'p1', available: 1, code: 'OUT_OF_STOCK' },
    });
  });

  it('masks unexpected errors, whatever they say', () => {
    const error = wrapped(
      new TypeError("Cannot read properties of undefined (reading 'arn:aws:dynamodb:eu-west-1:123456789012:table/storefront-prod')"),
    );

    expect(formatError(formatted(error), error)).toEqual({
      message: INTERNAL_MESSAGE,
      path: ['placeOrder'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('reports throttling and unreachable stores as retryable SERVICE_UNAVAILABLE without SDK text', () => {
    const throttled = Object.assign(new Error('Rate of requests exceeds the allowed throughput for table storefront-prod'), {
      name: 'ProvisionedThroughputExceededException',
    });
    const electro = new Error('Error thrown by DynamoDB client', { cause: throttled });
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:8000'), { code: 'ECONNREFUSED' });
    const sdkWrapped = new Error('Error thrown by DynamoDB client', {
      cause: new Error('AWS SDK error wrapper for Error: connect ECONNREFUSED 127.0.0.1:8000'),
    });
    const timedOut = Object.assign(new Error('a request has exceeded the configured 2000 ms requestTimeout.'), {
      name: 'TimeoutError',
      code: 'ETIMEDOUT',
    });

    for (const cause of [electro, refused, sdkWrapped, timedOut]) {
      const error = wrapped(cause);
      expect(formatError(formatted(error), error)).toEqual({
        message: UNAVAILABLE_MESSAGE,
        path: ['placeOrder'],
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      });
    }
  });

  it('masks an SDK-wrapped error that only mentions a network code outside the wrapper', () => {
    const error = wrapped(new Error('ValidationException: ECONNREFUSED is not a valid attribute value'));

    expect(formatError(formatted(error), error)).toMatchObject({ extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('passes GraphQL’s own errors through without stack traces', () => {
    const error = new GraphQLError('Cannot query field "prodcts" on type "Query".', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });

    expect(formatError({ message: error.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: ['x'] } }, error)).toEqual({
      message: error.message,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('keeps the cause of domain errors for the logs', () => {
    const cause = new Error('TransactionCanceledException');
    expect(new ConflictError('Retry.', { cause }).cause).toBe(cause);
  });
});
