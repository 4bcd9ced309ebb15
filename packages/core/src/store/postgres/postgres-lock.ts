import { createInProcessLock, type Lock } from '../../connection/lock.js';
import type { PostgresPool } from './pg-types.js';

/**
 * A `Lock` across processes and machines through PostgreSQL session advisory locks
 * (`pg_advisory_lock`). A holder whose process dies loses the lock the moment its database
 * session ends, so nobody waits out a lease. Callers in one process queue in-process
 * first, so a waiting line holds one pooled connection per key, not one per caller.
 *
 * @example
 * const lock = createPostgresLock(pool);
 * await lock.withLock('fortnox-token:acme', () => refresh());
 */
export function createPostgresLock(pool: PostgresPool): Lock {
  const queue = createInProcessLock();
  const hold = async <T>(key: string, fn: () => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    let broken = false;
    try {
      await client.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [key]);
      try {
        return await fn();
      } finally {
        await client
          .query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [key])
          .catch(() => {
            // The session is unusable; destroying it releases the lock.
            broken = true;
          });
      }
    } finally {
      client.release(broken);
    }
  };
  return { withLock: (key, fn) => queue.withLock(key, () => hold(key, fn)) };
}
