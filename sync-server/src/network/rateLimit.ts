/**
 * Per-connection message rate limit as a token bucket that throttles instead of dropping.
 *
 * When a connection spends its burst, the socket is paused (TCP backpressure) until the bucket
 * refills, so a hostile flood costs the relay little while an honest bulk sync (a fresh device
 * fetching thousands of documents) only slows down — it never loses a message or its connection.
 */
export class TokenBucket {
  #tokens: number;
  #last: number;

  constructor(
    private readonly ratePerSecond: number,
    private readonly burst: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.#tokens = burst;
    this.#last = now();
  }

  #refill(): void {
    const t = this.now();
    this.#tokens = Math.min(
      this.burst,
      this.#tokens + ((t - this.#last) / 1000) * this.ratePerSecond,
    );
    this.#last = t;
  }

  /**
   * Spends one token. Returns 0 when the caller may go on, or the milliseconds to pause for the
   * bucket to come back to a positive balance.
   */
  take(): number {
    this.#refill();
    this.#tokens -= 1;
    if (this.#tokens >= 0) return 0;
    return Math.ceil((-this.#tokens / this.ratePerSecond) * 1000) + 1;
  }
}
