import { createInProcessLock, type Lock } from '../connection/lock.js';
import type { Clock } from '../env/clock.js';
import { systemClock } from '../env/clock.js';
import type { StateStore } from './state-store.js';

/** Options of {@link createStoreLock}. */
export interface StoreLockOptions {
  /** @default systemClock */
  clock?: Clock;
  /**
   * How long a holder keeps the lock at most; also how long a holder whose process died
   * inside `fn` blocks the others. Must exceed the longest `fn` can take: the token
   * refresh's OAuth request times out after 30 s.
   * @default 60000
   */
  leaseMs?: number;
  /** Wait between attempts while a holder in another process has it. @default 50 */
  retryMs?: number;
}

// One in-process queue per store object: callers in this process wait in line without
// polling the store, and only the head of the line competes for the lease.
const queues = new WeakMap<StateStore, Lock>();

function queueOf(store: StateStore): Lock {
  let queue = queues.get(store);
  if (!queue) {
    queue = createInProcessLock();
    queues.set(store, queue);
  }
  return queue;
}

/**
 * A `Lock` across processes through the store's leases (several Node processes on one
 * SQLite file or PostgreSQL database): what keeps "exactly one token refresh in flight per
 * connection" true when the host runs more than one process. Every token store built on a
 * {@link StateStore} uses it by default (decisions/066).
 *
 * @example
 * const lock = createStoreLock(store);
 * await lock.withLock('fortnox-token:acme', () => refresh());
 */
export function createStoreLock(store: StateStore, options: StoreLockOptions = {}): Lock {
  const clock = options.clock ?? systemClock;
  const leaseMs = options.leaseMs ?? 60_000;
  const retryMs = options.retryMs ?? 50;
  const holdLease = async <T>(key: string, fn: () => Promise<T>): Promise<T> => {
    const holder = globalThis.crypto.randomUUID();
    const leaseKey = `lock:${key}`;
    const take = () => {
      const now = clock.now();
      return store.acquireLease(leaseKey, holder, now + leaseMs, now);
    };
    while (!(await take())) await clock.sleep(retryMs);
    try {
      return await fn();
    } finally {
      await store.releaseLease(leaseKey, holder);
    }
  };
  return {
    withLock: (key, fn) => queueOf(store).withLock(key, () => holdLease(key, fn)),
  };
}
