/** What the pool does with one invocation. */
export type Admission<I> =
  /** An idle instance takes it. */
  | { readonly kind: 'warm'; readonly instance: I }
  /** No instance is idle and the concurrency allows one more: a new instance starts (a cold start) and takes it. */
  | { readonly kind: 'cold' }
  /** Every instance the concurrency allows is busy: Lambda refuses the invocation (TooManyRequestsException, 429). */
  | { readonly kind: 'throttled' };

/**
 * Admission as Lambda applies it to one function: an invocation goes to an idle execution
 * environment (the most recently freed, which Lambda favours), else a new one starts while fewer
 * than `concurrency` are busy (starting ones count), else it is throttled. Instances stay until
 * the pool is dropped, as a function's environments outlive a run of a few minutes.
 */
export class LambdaPool<I> {
  private readonly idle: I[] = [];
  private busyCount = 0;

  constructor(readonly concurrency: number) {
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError(`concurrency must be a positive integer, not ${concurrency}`);
  }

  admit(): Admission<I> {
    const instance = this.idle.pop();
    if (instance !== undefined) {
      this.busyCount++;
      return { kind: 'warm', instance };
    }
    if (this.busyCount >= this.concurrency) return { kind: 'throttled' };
    this.busyCount++;
    return { kind: 'cold' };
  }

  /** The invocation `admit` let in is over; its instance (the new one, for a cold start) is idle again. */
  release(instance: I): void {
    this.busyCount--;
    this.idle.push(instance);
  }

  /** The invocation is over and its instance is gone (its start or the handler crashed). */
  discard(): void {
    this.busyCount--;
  }

  get busy(): number {
    return this.busyCount;
  }

  /** Instances that are alive: busy and idle. */
  get instances(): number {
    return this.busyCount + this.idle.length;
  }
}
