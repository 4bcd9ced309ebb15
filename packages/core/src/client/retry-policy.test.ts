import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  DEFAULT_RETRY_OPTIONS,
  decideRetry,
  type RetryState,
  retryAfterMs,
} from './retry-policy.js';

const fresh = (): RetryState => ({ failures: 0, rateLimited: 0, authRetried: false });
const half = () => 0.5;

describe('decideRetry', () => {
  it('retries a 429 on any call, pausing about one window', () => {
    const decision = decideRetry(
      { kind: 'status', status: 429 },
      fresh(),
      false,
      DEFAULT_RETRY_OPTIONS,
      half,
    );
    expect(decision).toEqual({ retry: true, reason: 'rate-limited', pauseMs: 5500 });
  });

  it('uses Retry-After when Fortnox sends one', () => {
    const decision = decideRetry(
      { kind: 'status', status: 429, retryAfterMs: 2000 },
      fresh(),
      true,
      DEFAULT_RETRY_OPTIONS,
      half,
    );
    expect(decision).toMatchObject({ pauseMs: 2000 });
  });

  it('retries a 401 exactly once', () => {
    const state = fresh();
    expect(
      decideRetry({ kind: 'status', status: 401 }, state, false, DEFAULT_RETRY_OPTIONS, half),
    ).toEqual({
      retry: true,
      reason: 'unauthorized',
    });
    expect(
      decideRetry({ kind: 'status', status: 401 }, state, false, DEFAULT_RETRY_OPTIONS, half),
    ).toEqual({ retry: false });
  });

  it.each([[{ kind: 'status', status: 503 } as const], [{ kind: 'network' } as const]])(
    'backs off after %o on idempotent calls only',
    (outcome) => {
      expect(decideRetry(outcome, fresh(), true, DEFAULT_RETRY_OPTIONS, half)).toEqual({
        retry: true,
        reason: 'failure',
        delayMs: 375,
      });
      expect(decideRetry(outcome, fresh(), false, DEFAULT_RETRY_OPTIONS, half)).toEqual({
        retry: false,
      });
    },
  );

  it('never retries other 4xx answers', () => {
    expect(
      decideRetry({ kind: 'status', status: 400 }, fresh(), true, DEFAULT_RETRY_OPTIONS, half),
    ).toEqual({ retry: false });
  });

  it('stops after maxRetries failures', () => {
    const state = { ...fresh(), failures: DEFAULT_RETRY_OPTIONS.maxRetries };
    expect(decideRetry({ kind: 'network' }, state, true, DEFAULT_RETRY_OPTIONS, half)).toEqual({
      retry: false,
    });
  });
});

describe('backoffDelay', () => {
  it('doubles per attempt with equal jitter and a ceiling', () => {
    const options = { baseDelayMs: 500, maxDelayMs: 4000 };
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, options, () => 0))).toEqual([
      250, 500, 1000, 2000, 2000,
    ]);
    expect(backoffDelay(1, options, () => 0.999)).toBe(500);
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs(new Headers({ 'Retry-After': '3' }), 0)).toBe(3000);
    const now = Date.parse('2026-01-05T08:00:00Z');
    expect(retryAfterMs(new Headers({ 'Retry-After': 'Mon, 05 Jan 2026 08:00:10 GMT' }), now)).toBe(
      10_000,
    );
    expect(retryAfterMs(new Headers(), now)).toBeUndefined();
  });
});
