import { LambdaPool } from '../../../bench/lib/lambdaPool';

describe('LambdaPool', () => {
  it('starts a new instance while none is idle and the concurrency allows one', () => {
    // Prepare
    const pool = new LambdaPool<string>(2);

    // Act
    const first = pool.admit();
    const second = pool.admit();

    // Assess
    expect([first.kind, second.kind]).toEqual(['cold', 'cold']);
    expect(pool.busy).toBe(2);
  });

  it('throttles an invocation when every instance the concurrency allows is busy', () => {
    // Prepare
    const pool = new LambdaPool<string>(2);
    pool.admit();
    pool.admit();

    // Act
    const third = pool.admit();

    // Assess
    expect(third.kind).toBe('throttled');
    expect(pool.busy).toBe(2);
  });

  it('gives an idle instance the next invocation, the most recently freed first', () => {
    // Prepare
    const pool = new LambdaPool<string>(3);
    pool.admit();
    pool.admit();
    pool.release('a');
    pool.release('b');

    // Act
    const next = pool.admit();

    // Assess
    expect(next).toEqual({ kind: 'warm', instance: 'b' });
    expect(pool.instances).toBe(2);
  });

  it('admits again once a busy instance is released or discarded', () => {
    // Prepare
    const pool = new LambdaPool<string>(1);
    pool.admit();
    pool.discard();

    // Act
    const afterDiscard = pool.admit();
    pool.release('a');
    const afterRelease = pool.admit();

    // Assess
    expect(afterDiscard.kind).toBe('cold');
    expect(afterRelease).toEqual({ kind: 'warm', instance: 'a' });
  });

  it('refuses a concurrency below one', () => {
    expect(() => new LambdaPool(0)).toThrow(RangeError);
  });
});
