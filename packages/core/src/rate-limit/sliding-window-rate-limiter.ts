import type { Clock } from '../env/clock.js';
import type { AcquireOptions, RateLimiter, RequestPriority } from './rate-limiter.js';

/** Options of {@link createSlidingWindowRateLimiter}. */
export interface SlidingWindowRateLimiterOptions {
  clock: Clock;
  /** Requests allowed per window. @default 25 */
  limit?: number;
  /** The window, in ms. @default 5000 */
  windowMs?: number;
  /**
   * Extra spacing added to the window so a request that arrives at Fortnox a little later
   * than it was granted still falls outside the previous window. @default 100
   */
  marginMs?: number;
}

/** Fortnox's documented limit: 25 requests per sliding 5 seconds per client and tenant. */
export const FORTNOX_RATE_LIMIT = { limit: 25, windowMs: 5000 } as const;

interface Waiter {
  priority: RequestPriority;
  resolve: () => void;
  reject: (reason: unknown) => void;
  signal: AbortSignal | undefined;
  onAbort: () => void;
}

/**
 * An in-process sliding-window limiter: at most `limit` grants in any `windowMs + marginMs`.
 * Waiters are served interactive first, then background, each in arrival order.
 *
 * @example
 * const limiter = createSlidingWindowRateLimiter({ clock: systemClock });
 * await limiter.acquire({ priority: 'interactive' });
 */
export function createSlidingWindowRateLimiter(
  options: SlidingWindowRateLimiterOptions,
): RateLimiter {
  const { clock } = options;
  const limit = options.limit ?? FORTNOX_RATE_LIMIT.limit;
  const span = (options.windowMs ?? FORTNOX_RATE_LIMIT.windowMs) + (options.marginMs ?? 100);
  const grants: number[] = [];
  const queues: Record<RequestPriority, Waiter[]> = { interactive: [], background: [] };
  let pausedUntil = 0;
  let pumping = false;

  const nextWaiter = () => queues.interactive.shift() ?? queues.background.shift();
  const hasWaiters = () => queues.interactive.length + queues.background.length > 0;

  // How long until a grant is possible (0 = now).
  const waitTime = (now: number): number => {
    while (grants.length > 0 && (grants[0] as number) <= now - span) grants.shift();
    const windowWait = grants.length < limit ? 0 : (grants[0] as number) + span - now;
    return Math.max(windowWait, pausedUntil - now, 0);
  };

  const pump = async () => {
    if (pumping) return;
    pumping = true;
    try {
      while (hasWaiters()) {
        const wait = waitTime(clock.now());
        if (wait > 0) {
          await clock.sleep(wait);
          continue;
        }
        const waiter = nextWaiter();
        if (!waiter) break;
        waiter.signal?.removeEventListener('abort', waiter.onAbort);
        grants.push(clock.now());
        waiter.resolve();
      }
    } finally {
      pumping = false;
    }
  };

  return {
    acquire({ priority = 'background', signal }: AcquireOptions = {}) {
      return new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const waiter: Waiter = { priority, resolve, reject, signal, onAbort: () => {} };
        waiter.onAbort = () => {
          const queue = queues[priority];
          const index = queue.indexOf(waiter);
          if (index >= 0) queue.splice(index, 1);
          reject(signal?.reason);
        };
        signal?.addEventListener('abort', waiter.onAbort, { once: true });
        queues[priority].push(waiter);
        void pump();
      });
    },
    reportRateLimited(pauseMs) {
      pausedUntil = Math.max(pausedUntil, clock.now() + pauseMs);
    },
  };
}
