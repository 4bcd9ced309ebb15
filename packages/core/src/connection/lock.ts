/**
 * Mutual exclusion per key. The token refresh runs inside `withLock(connection key)`, so
 * exactly one refresh is in flight per connection. The default works within one process;
 * a scaled-out host passes a distributed lock (Postgres advisory lock, Redis) that
 * implements the same method.
 */
export interface Lock {
  withLock<T>(key: string, fn: () => Promise<T>): Promise<T>;
}

/**
 * A lock for one process: callers with the same key run one after another, in order.
 *
 * @example
 * const lock = createInProcessLock();
 * await lock.withLock('conn-1', () => refresh());
 */
export function createInProcessLock(): Lock {
  const tails = new Map<string, Promise<unknown>>();
  return {
    async withLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
      const previous = tails.get(key) ?? Promise.resolve();
      const run = previous.then(fn, fn);
      const tail = run.catch(() => undefined);
      tails.set(key, tail);
      try {
        return await run;
      } finally {
        if (tails.get(key) === tail) tails.delete(key);
      }
    },
  };
}

/**
 * The process-wide lock every connection uses unless given another: two connection objects
 * for the same connection (e.g. one per HTTP request) still never refresh in parallel.
 */
export const processLock: Lock = createInProcessLock();
