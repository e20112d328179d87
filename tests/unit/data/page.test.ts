import { assertPageSize, toPage } from '../../../data/page';
import { BadUserInputError } from '../../../core/errors';

describe('pages', () => {
  it('uses the extra fetched item only to report a next page', () => {
    const page = toPage([1, 2, 3], 2, (n) => `c${n}`);

    expect(page).toEqual({
      edges: [
        { cursor: 'c1', node: 1 },
        { cursor: 'c2', node: 2 },
      ],
      pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: 'c1', endCursor: 'c2' },
    });
  });

  it('reports the last page and an empty one', () => {
    expect(toPage([1], 2, String).pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: '1', endCursor: '1' });
    expect(toPage([], 2, String).pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
    expect(toPage([7, 8], 2, String, 'cursor-before').pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: true,
      startCursor: '7',
      endCursor: '8',
    });
  });

  it.each([0, -1, 101, 1.5, Number.NaN])('refuses page size %p', (first) => {
    expect(() => assertPageSize(first)).toThrow(BadUserInputError);
  });

  it.each([1, 20, 100])('accepts page size %p', (first) => {
    expect(() => assertPageSize(first)).not.toThrow();
  });

  it('refuses a missing size and sizes above a lower runtime cap, and never allows more than 100', () => {
    expect(() => assertPageSize(null)).toThrow(BadUserInputError);
    expect(() => assertPageSize(26, 25)).toThrow('"first" must be between 1 and 25.');
    expect(() => assertPageSize(25, 25)).not.toThrow();
    expect(() => assertPageSize(101, 500)).toThrow(BadUserInputError);
  });
});
