// ## PostgreSQL state store, lock and rate limiter
export { POSTGRES_MIGRATIONS } from './migrations.js';
export type { PostgresPool, PostgresPoolClient, PostgresQueryable } from './pg-types.js';
export { createPostgresLock } from './postgres-lock.js';
export {
  createPostgresRateLimiter,
  type PostgresRateLimiterOptions,
} from './postgres-rate-limiter.js';
export {
  createPostgresStateStore,
  type PostgresStateStore,
  type PostgresStateStoreOptions,
} from './postgres-store.js';
