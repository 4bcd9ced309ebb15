import type { StateStore } from '@fortnox-kit/core';

/** Failures of the host's database, armed by a story. */
export interface StoreFaults {
  /** The next call of `method` rejects, as when the database is unreachable. */
  failNext(method: keyof StateStore): void;
}

/**
 * Wraps the host's state store so a story can make one call fail: the real handler then
 * answers what it answers when the host's database is down (500 `internal`).
 */
export function withStoreFaults(store: StateStore): { store: StateStore; faults: StoreFaults } {
  const failing = new Set<PropertyKey>();
  const wrapped = new Proxy(store, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (failing.delete(key)) {
          return Promise.reject(new Error(`The host database is unreachable (${String(key)}).`));
        }
        return value.apply(target, args);
      };
    },
  });
  return { store: wrapped, faults: { failNext: (method) => void failing.add(method) } };
}
