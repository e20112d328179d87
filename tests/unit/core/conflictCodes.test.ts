import * as errors from '../../../core/errors';

describe('conflict codes (one code per cause a client acts on differently)', () => {
  it.each([
    [errors.VersionConflictError, 'VERSION_CONFLICT'],
    [errors.TransactionConflictError, 'TRANSACTION_CONFLICT'],
    [errors.SkuTakenError, 'SKU_TAKEN'],
    [errors.SlugTakenError, 'SLUG_TAKEN'],
    [errors.AlreadyReviewedError, 'ALREADY_REVIEWED'],
    [errors.IdempotencyKeyReusedError, 'IDEMPOTENCY_KEY_REUSED'],
  ])('gives %p its own code, %p, and keeps it a ConflictError (HTTP 409)', (ErrorClass, code) => {
    // Act
    const error = new ErrorClass('refused', { cause: new Error('beneath') });

    // Assess
    expect(error.code).toBe(code);
    expect(error).toBeInstanceOf(errors.ConflictError);
    expect(error.httpStatus).toBe(409);
    expect((error.cause as Error).message).toBe('beneath');
  });

  it('keeps CONFLICT for the causes without a code of their own (a changed price)', () => {
    expect(new errors.ConflictError('Prices changed.').code).toBe('CONFLICT');
  });

  it('tells the retryable conflict apart from every permanent one', () => {
    // Prepare
    const permanent = [
      errors.VersionConflictError,
      errors.SkuTakenError,
      errors.SlugTakenError,
      errors.AlreadyReviewedError,
      errors.IdempotencyKeyReusedError,
    ];

    // Act
    const codes = permanent.map((ErrorClass) => new ErrorClass('x').code);

    // Assess
    expect(codes).not.toContain(new errors.TransactionConflictError('x').code);
    expect(new Set(codes).size).toBe(permanent.length);
  });
});
