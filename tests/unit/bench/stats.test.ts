import { percentile, summarizeLatencies } from '../../../bench/lib/stats';

describe('percentile', () => {
  it('takes the nearest rank of the sorted values', () => {
    // Prepare
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];

    // Act
    const [p50, p95, p10] = [percentile(values, 50), percentile(values, 95), percentile(values, 10)];

    // Assess
    expect([p50, p95, p10]).toEqual([5, 10, 1]);
  });
});

describe('summarizeLatencies', () => {
  it('gives the count, mean, p50, p95, p99 and maximum', () => {
    // Prepare
    const values = Array.from({ length: 100 }, (_, index) => index + 1);

    // Act
    const summary = summarizeLatencies(values);

    // Assess
    expect(summary).toEqual({ count: 100, meanMs: 50.5, p50Ms: 50, p95Ms: 95, p99Ms: 99, maxMs: 100 });
  });

  it('gives zeros for no values', () => {
    expect(summarizeLatencies([])).toEqual({ count: 0, meanMs: 0, p50Ms: 0, p95Ms: 0, p99Ms: 0, maxMs: 0 });
  });

  it('takes the maximum of more values than a call can spread', () => {
    // Prepare
    const values = Array.from({ length: 200_000 }, (_, index) => index);

    // Act
    const summary = summarizeLatencies(values);

    // Assess
    expect(summary.maxMs).toBe(199_999);
  });
});
