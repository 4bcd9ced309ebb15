/** Fortnox's limit: 25 requests per sliding 5-second window per client and tenant. */
export const RATE_LIMIT = { requests: 25, windowMs: 5_000 } as const;

/** A sliding-window counter per key (`clientId:tenantId`). */
export class SlidingWindowLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number = RATE_LIMIT.requests,
    private readonly windowMs: number = RATE_LIMIT.windowMs,
  ) {}

  /** Records a request at `now` and says whether it is allowed (rejected ones do not count). */
  tryAcquire(key: string, now: number): boolean {
    const recent = (this.hits.get(key) ?? []).filter((t) => t > now - this.windowMs);
    if (recent.length >= this.limit) {
      this.hits.set(key, recent);
      return false;
    }
    recent.push(now);
    this.hits.set(key, recent);
    return true;
  }
}
