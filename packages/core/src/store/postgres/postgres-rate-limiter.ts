import type { Clock } from '../../env/clock.js';
import type {
  AcquireOptions,
  RateLimiter,
  RequestPriority,
} from '../../rate-limit/rate-limiter.js';
import { FORTNOX_RATE_LIMIT } from '../../rate-limit/sliding-window-rate-limiter.js';
import { inTransaction, type PostgresPool } from './pg-types.js';

/** Options of {@link createPostgresRateLimiter}. */
export interface PostgresRateLimiterOptions {
  pool: PostgresPool;
  /** The store's schema, as an SQL identifier (quoted). */
  schemaIdentifier: string;
  /** The connection's key (client id + connection): every process with it shares one window. */
  key: string;
  clock: Clock;
  /** Requests per window. @default 25 */
  limit?: number;
  /** @default 5000 */
  windowMs?: number;
  /** Spacing for the time between grant and arrival at Fortnox. @default 100 */
  marginMs?: number;
  /**
   * Grants of each window that only interactive requests may take, so a user's send or PDF
   * never waits behind a sync running in another process. @default 5
   */
  interactiveReserve?: number;
}

interface Waiter {
  priority: RequestPriority;
  resolve: () => void;
  reject: (reason: unknown) => void;
}

/**
 * A sliding-window rate limiter shared by every process on one PostgreSQL database: N
 * workers together stay within 25 requests per 5 s for one connection (decisions/068). In a
 * process, waiters queue interactive first; across processes, background requests leave
 * `interactiveReserve` grants of each window free. Each grant is one short transaction
 * under a transaction-scoped advisory lock on the key.
 */
export function createPostgresRateLimiter(options: PostgresRateLimiterOptions): RateLimiter {
  const { pool, clock, key } = options;
  const s = options.schemaIdentifier;
  const limit = options.limit ?? FORTNOX_RATE_LIMIT.limit;
  const span = (options.windowMs ?? FORTNOX_RATE_LIMIT.windowMs) + (options.marginMs ?? 100);
  const reserve = Math.min(options.interactiveReserve ?? 5, limit - 1);
  const queues: Record<RequestPriority, Waiter[]> = { interactive: [], background: [] };
  let pumping = false;

  /** Takes a grant for `priority` now, or says how long to wait (ms) before asking again. */
  const tryGrant = (priority: RequestPriority) =>
    inTransaction(pool, async (db) => {
      const now = clock.now();
      await db.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`rate:${key}`]);
      await db.query(`DELETE FROM ${s}.rate_grants WHERE key = $1 AND at <= $2`, [key, now - span]);
      const { rows } = await db.query<{ at: string }>(
        `SELECT at FROM ${s}.rate_grants WHERE key = $1 ORDER BY at`,
        [key],
      );
      const pause = await db.query<{ until: string }>(
        `SELECT until FROM ${s}.rate_pauses WHERE key = $1`,
        [key],
      );
      const pausedFor = Number(pause.rows[0]?.until ?? 0) - now;
      if (pausedFor > 0) return pausedFor;
      const cap = priority === 'interactive' ? limit : limit - reserve;
      if (rows.length < cap) {
        await db.query(`INSERT INTO ${s}.rate_grants (key, at) VALUES ($1, $2)`, [key, now]);
        return 0;
      }
      // Wait until enough of the oldest grants have left the window.
      return Number(rows[rows.length - cap]?.at ?? now) + span - now;
    });

  const head = () => queues.interactive[0] ?? queues.background[0];
  const pump = async () => {
    if (pumping) return;
    pumping = true;
    try {
      for (let waiter = head(); waiter; waiter = head()) {
        const wait = await tryGrant(waiter.priority).catch((error: unknown) => {
          queues[waiter.priority].shift()?.reject(error);
          return -1;
        });
        if (wait > 0) await clock.sleep(wait);
        else if (wait === 0) queues[waiter.priority].shift()?.resolve();
      }
    } finally {
      pumping = false;
    }
  };

  return {
    acquire({ priority = 'background', signal }: AcquireOptions = {}) {
      return new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const onAbort = () => {
          const queue = queues[priority];
          if (queue.includes(waiter)) queue.splice(queue.indexOf(waiter), 1);
          reject(signal?.reason);
        };
        // The listener goes when the grant comes, so a long-lived signal keeps nothing.
        const granted = () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        };
        const waiter: Waiter = { priority, resolve: granted, reject };
        signal?.addEventListener('abort', onAbort, { once: true });
        queues[priority].push(waiter);
        void pump();
      });
    },
    reportRateLimited(pauseMs) {
      const until = clock.now() + pauseMs;
      void pool
        .query(
          `INSERT INTO ${s}.rate_pauses (key, until) VALUES ($1, $2)
           ON CONFLICT (key) DO UPDATE SET until = GREATEST(${s}.rate_pauses.until, excluded.until)`,
          [key, until],
        )
        .catch(() => undefined);
    },
  };
}
