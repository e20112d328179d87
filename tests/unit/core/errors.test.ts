import { InvalidCursorError } from '../../../data/cursor';
import * as errors from '../../../core/errors';

describe('error classes', () => {
  it('name themselves, since the Lambda bundle does not keep class names', () => {
    // Prepare
    const exported: Record<string, unknown> = { ...errors, InvalidCursorError };
    const classes = Object.entries(exported).filter(
      (entry): entry is [string, new (message: string) => errors.StorefrontError] =>
        typeof entry[1] === 'function' && entry[1].prototype instanceof errors.StorefrontError,
    );

    // Act
    const names = classes.map(([exported, ErrorClass]) => [exported, new ErrorClass('message').name]);

    // Assess
    expect(classes.length).toBe(18);
    expect(names).toEqual(classes.map(([exported]) => [exported, exported]));
  });
});

describe('the HTTP status of a refused request', () => {
  it.each([
    [errors.BadRequestError, 400],
    [errors.BadUserInputError, 400],
    [errors.UnauthenticatedError, 401],
    [errors.ForbiddenError, 403],
    [errors.NotFoundError, 404],
    [errors.ConflictError, 409],
    [errors.VersionConflictError, 409],
    [errors.TransactionConflictError, 409],
    [errors.SkuTakenError, 409],
    [errors.SlugTakenError, 409],
    [errors.AlreadyReviewedError, 409],
    [errors.IdempotencyKeyReusedError, 409],
    [errors.OutOfStockError, 409],
    [errors.ServiceUnavailableError, 503],
  ])('is carried by %p: %d', (ErrorClass, status) => {
    expect(new ErrorClass('message').httpStatus).toBe(status);
  });

  it('sends Retry-After with a service-unavailable refusal that says when to retry', () => {
    expect([...new errors.ServiceUnavailableError('later', { retryAfterSeconds: 60 }).httpHeaders]).toEqual([['retry-after', '60']]);
    expect([...new errors.ServiceUnavailableError('later').httpHeaders]).toEqual([]);
  });
});

describe('causeChain', () => {
  it('walks an error and its causes, outermost first, up to a depth', () => {
    const inner = Object.assign(new Error('inner'), { name: 'ThrottlingException' });
    const outer = new Error('outer', { cause: new Error('middle', { cause: inner }) });

    expect([...errors.causeChain(outer)].map((error) => error.message)).toEqual(['outer', 'middle', 'inner']);
    expect([...errors.causeChain(outer, 2)]).toHaveLength(2);
    expect([...errors.causeChain(undefined)]).toEqual([]);
  });
});
