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

/** What one attempt ended with, as far as retrying is concerned. */
export type AttemptOutcome =
  | { kind: 'network' }
  | { kind: 'status'; status: number; retryAfterMs?: number };

/** Counters of one call across its attempts. */
export interface RetryState {
  /** 5xx and network failures so far. */
  failures: number;
  /** 429 answers so far. */
  rateLimited: number;
  /** Whether the one retry after a 401 was used. */
  authRetried: boolean;
}

/** What to do after a failed attempt. */
export type RetryDecision =
  | { retry: false }
  /** 429: pause the whole connection for `pauseMs`, then try again. */
  | { retry: true; reason: 'rate-limited'; pauseMs: number }
  /** 401: try once more with a token other than the rejected one. */
  | { retry: true; reason: 'unauthorized' }
  /** 5xx or network error on an idempotent call: wait `delayMs`, then try again. */
  | { retry: true; reason: 'failure'; delayMs: number };

/**
 * The retry rules in one pure function (decisions/031): 429 → pause and retry any call;
 * 401 → once with a fresh token; 5xx/network → backoff with jitter, idempotent calls only.
 * Updates `state`'s counters.
 */
export function decideRetry(
  outcome: AttemptOutcome,
  state: RetryState,
  idempotent: boolean,
  options: ResolvedRetryOptions,
  random: () => number,
): RetryDecision {
  const status = outcome.kind === 'status' ? outcome.status : undefined;
  const retryAfter = outcome.kind === 'status' ? outcome.retryAfterMs : undefined;
  if (status === 429) {
    if (state.rateLimited >= options.maxRateLimitRetries) return { retry: false };
    state.rateLimited++;
    const jitter = Math.round(options.rateLimitPauseMs * 0.2 * random());
    return {
      retry: true,
      reason: 'rate-limited',
      pauseMs: retryAfter ?? options.rateLimitPauseMs + jitter,
    };
  }
  if (status === 401) {
    if (state.authRetried) return { retry: false };
    state.authRetried = true;
    return { retry: true, reason: 'unauthorized' };
  }
  const transient = status === undefined || status >= 500;
  if (!transient || !idempotent || state.failures >= options.maxRetries) return { retry: false };
  state.failures++;
  return {
    retry: true,
    reason: 'failure',
    delayMs: retryAfter ?? backoffDelay(state.failures, options, random),
  };
}
