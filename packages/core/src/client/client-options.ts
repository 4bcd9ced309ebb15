import type { Clock } from '../env/clock.js';
import { systemClock } from '../env/clock.js';
import type { RateLimiter } from '../rate-limit/rate-limiter.js';
import { getSharedRateLimiter } from '../rate-limit/shared-rate-limiter.js';
import type { AccessTokenProvider } from './access-token-provider.js';
import { createRedactingLogger, type FortnoxLogger, silentLogger } from './logger.js';
import {
  DEFAULT_RETRY_OPTIONS,
  type ResolvedRetryOptions,
  type RetryOptions,
} from './retry-policy.js';

/** Options of `createFortnoxClient`. */
export interface FortnoxClientOptions {
  /** Where bearer tokens come from: a `FortnoxConnection` or {@link staticAccessToken}. */
  auth: AccessTokenProvider;
  /** @default 'https://api.fortnox.se' */
  baseUrl?: string;
  /**
   * How requests are sent. On Node, pass `createNodeFetch()` from `@fortnox-kit/core/node`:
   * it costs far less memory per request than Node's built-in `fetch` (decisions/049).
   * @default globalThis.fetch
   */
  fetch?: typeof fetch;
  /** @default systemClock */
  clock?: Clock;
  /** @default silentLogger (nothing is written) */
  logger?: FortnoxLogger;
  /**
   * The connection's limiter. @default the process-wide sliding-window limiter of
   * `auth.connectionKey` (25 per 5 s), shared by every client of that connection.
   */
  rateLimiter?: RateLimiter;
  /** @default DEFAULT_RETRY_OPTIONS */
  retry?: RetryOptions;
  /** Random source for backoff jitter, in [0, 1). @default Math.random */
  random?: () => number;
  /** Per-attempt timeout in ms (real time, until the answer's headers). @default 30000 */
  timeoutMs?: number;
}

/** {@link FortnoxClientOptions} with every default resolved, once. */
export interface ResolvedClientOptions {
  auth: AccessTokenProvider;
  baseUrl: string;
  fetch: typeof fetch;
  clock: Clock;
  logger: Required<FortnoxLogger>;
  rateLimiter: RateLimiter;
  retry: ResolvedRetryOptions;
  random: () => number;
  timeoutMs: number;
}

/** The default REST host. */
export const FORTNOX_API_BASE_URL = 'https://api.fortnox.se';

/** Resolves the defaults of {@link FortnoxClientOptions}. */
export function resolveClientOptions(options: FortnoxClientOptions): ResolvedClientOptions {
  const clock = options.clock ?? systemClock;
  const auth = options.auth;
  return {
    auth,
    baseUrl: (options.baseUrl ?? FORTNOX_API_BASE_URL).replace(/\/+$/, ''),
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    clock,
    logger: createRedactingLogger(options.logger ?? silentLogger, () => auth.secrets?.() ?? []),
    rateLimiter:
      options.rateLimiter ?? getSharedRateLimiter(auth.connectionKey ?? 'default', { clock }),
    retry: { ...DEFAULT_RETRY_OPTIONS, ...options.retry },
    random: options.random ?? Math.random,
    timeoutMs: options.timeoutMs ?? 30_000,
  };
}
