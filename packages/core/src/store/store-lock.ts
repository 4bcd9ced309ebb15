import type { Lock } from '../connection/lock.js';
import type { Clock } from '../env/clock.js';
import { systemClock } from '../env/clock.js';
import type { StateStore } from './state-store.js';

/** Options of {@link createStoreLock}. */
export interface StoreLockOptions {
  /** @default systemClock */
  clock?: Clock;
  /** How long a holder keeps the lock if its process dies inside `fn`. @default 30000 */
  leaseMs?: number;
  /** Wait between attempts while another holder has it. @default 100 */
  retryMs?: number;
}

/**
 * A `Lock` across processes through the store's leases (e.g. several Node processes on one
 * SQLite file): what keeps "exactly one token refresh in flight per connection" true when
 * the host runs more than one process.
 *
 * @example
 * const lock = createStoreLock(store);
 * const connection = createFortnoxConnection({ ..., lock });
 */
export function createStoreLock(store: StateStore, options: StoreLockOptions = {}): Lock {
  const clock = options.clock ?? systemClock;
  const leaseMs = options.leaseMs ?? 30_000;
  const retryMs = options.retryMs ?? 100;
  return {
    async withLock(key, fn) {
      // Every call is its own holder, so callers in one process queue up too.
      const holder = globalThis.crypto.randomUUID();
      const leaseKey = `lock:${key}`;
      for (;;) {
        const now = clock.now();
        if (await store.acquireLease(leaseKey, holder, now + leaseMs, now)) break;
        await clock.sleep(retryMs);
      }
      try {
        return await fn();
      } finally {
        await store.releaseLease(leaseKey, holder);
      }
    },
  };
}
