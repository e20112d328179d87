import { InvalidCursorError } from '../../../data/cursor';
import * as errors from '../../../server/errors';

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
    expect(classes.length).toBe(9);
    expect(names).toEqual(classes.map(([exported]) => [exported, exported]));
  });
});
