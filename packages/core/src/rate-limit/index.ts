export type { AcquireOptions, RateLimiter, RequestPriority } from './rate-limiter.js';
export { getSharedRateLimiter } from './shared-rate-limiter.js';
export {
  createSlidingWindowRateLimiter,
  FORTNOX_RATE_LIMIT,
  type SlidingWindowRateLimiterOptions,
} from './sliding-window-rate-limiter.js';
