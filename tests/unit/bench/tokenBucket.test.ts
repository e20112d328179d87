import { TokenBucket } from '../../../bench/lib/tokenBucket';

describe('TokenBucket', () => {
  it('lets a burst through, then refuses until the rate refills it', () => {
    // Prepare
    const bucket = new TokenBucket(10, 3, 0);

    // Act
    const burst = [bucket.take(0), bucket.take(0), bucket.take(0), bucket.take(0)];
    const after50ms = bucket.take(50);
    const after100ms = bucket.take(150);

    // Assess
    expect(burst).toEqual([true, true, true, false]);
    expect(after50ms).toBe(false);
    expect(after100ms).toBe(true);
  });

  it('holds no more than the burst however long it rests', () => {
    // Prepare
    const bucket = new TokenBucket(10, 2, 0);

    // Act
    const taken = [bucket.take(60_000), bucket.take(60_000), bucket.take(60_000)];

    // Assess
    expect(taken).toEqual([true, true, false]);
  });
});
