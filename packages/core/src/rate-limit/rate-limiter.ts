/** Interactive calls (a user waiting, e.g. sending an order) go before background sync. */
export type RequestPriority = 'interactive' | 'background';

/** Options of {@link RateLimiter.acquire}. */
export interface AcquireOptions {
  /** @default 'background' */
  priority?: RequestPriority;
  signal?: AbortSignal;
}

/**
 * Grants permission to send one request to Fortnox for one connection. The in-process
 * implementation is {@link createSlidingWindowRateLimiter}; a cross-process one (Redis,
 * Postgres) implements the same two methods.
 */
export interface RateLimiter {
  /** Resolves when one request may be sent now; the grant counts against the window. */
  acquire(options?: AcquireOptions): Promise<void>;
  /**
   * Fortnox answered 429 despite pacing (another process, clock skew): hold every grant
   * for `pauseMs` so the window can drain.
   */
  reportRateLimited(pauseMs: number): void;
}
