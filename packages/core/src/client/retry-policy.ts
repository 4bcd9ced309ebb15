/** How the client retries. */
export interface RetryOptions {
  /** Retries of an idempotent call after a 5xx or a network error. @default 3 */
  maxRetries?: number;
  /** Retries of any call after a 429 (Fortnox did not process it). @default 10 */
  maxRateLimitRetries?: number;
  /** The first backoff, doubled on every retry. @default 500 */
  baseDelayMs?: number;
  /** The longest backoff. @default 30000 */
  maxDelayMs?: number;
  /**
   * How long to pause the connection's limiter after a 429 when Fortnox gives no
   * `Retry-After` (it documents none): one full window. @default 5000
   */
  rateLimitPauseMs?: number;
}

/** {@link RetryOptions} with every default filled in. */
export type ResolvedRetryOptions = Required<RetryOptions>;

/** The defaults of {@link RetryOptions}. */
export const DEFAULT_RETRY_OPTIONS: ResolvedRetryOptions = {
  maxRetries: 3,
  maxRateLimitRetries: 10,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  rateLimitPauseMs: 5000,
};

/**
 * Exponential backoff with "equal jitter": half the delay is fixed, half random, so
 * clients that failed together do not retry together. `random` is injectable (tests).
 *
 * @example backoffDelay(1, DEFAULT_RETRY_OPTIONS, () => 0.5) // 375
 */
export function backoffDelay(
  attempt: number,
  options: Pick<ResolvedRetryOptions, 'baseDelayMs' | 'maxDelayMs'>,
  random: () => number,
): number {
  const exp = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(exp / 2 + (exp / 2) * random());
}

/** Reads `Retry-After` (seconds or HTTP date) in ms, when present. */
export function retryAfterMs(headers: Headers, now: number): number | undefined {
  const value = headers.get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
