export { POSTGRES_MIGRATIONS } from './migrations.js';
export type { PostgresPool, PostgresPoolClient, PostgresQueryable } from './pg-types.js';
export { createPostgresLock } from './postgres-lock.js';
export {
  createPostgresStateStore,
  type PostgresStateStore,
  type PostgresStateStoreOptions,
} from './postgres-store.js';
