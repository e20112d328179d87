/**
 * API Gateway's stage throttling: a token bucket holding up to `burst` requests, refilled at
 * `rate` a second; a request that finds it empty is answered 429 before anything else runs.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly rate: number,
    private readonly burst: number,
    now: number,
  ) {
    this.tokens = burst;
    this.last = now;
  }

  /** Whether a request arriving at `now` (ms) gets through; it takes one token if so. */
  take(now: number): boolean {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.rate);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
