import type { Clock } from '../env/clock.js';
import type { RateLimiter } from './rate-limiter.js';
import {
  createSlidingWindowRateLimiter,
  type SlidingWindowRateLimiterOptions,
} from './sliding-window-rate-limiter.js';

// One registry per clock, so tests on separate virtual clocks never share a window.
const registries = new WeakMap<Clock, Map<string, RateLimiter>>();

/**
 * The process-wide limiter of one connection: every client, sync run and send workflow in
 * this process that talks to the same connection (client id + tenant) shares its window.
 *
 * @example
 * const limiter = getSharedRateLimiter(`${clientId}:${tenantId}`, { clock: systemClock });
 */
export function getSharedRateLimiter(
  connectionKey: string,
  options: SlidingWindowRateLimiterOptions,
): RateLimiter {
  let registry = registries.get(options.clock);
  if (!registry) {
    registry = new Map();
    registries.set(options.clock, registry);
  }
  let limiter = registry.get(connectionKey);
  if (!limiter) {
    limiter = createSlidingWindowRateLimiter(options);
    registry.set(connectionKey, limiter);
  }
  return limiter;
}
