/** What the UI shows about a connection (same names as the handler contract). */
export interface ConnectionSnapshot {
  status: 'not_connected' | 'connected' | 'reconnect_needed';
  tenantId?: string;
  scope?: string;
  connectedAt?: number;
  /** Why the connection needs reconnecting, in English. */
  reason?: string;
}

/**
 * A value with listeners, for `useSyncExternalStore`: `getSnapshot` returns the same object
 * until the state changes.
 */
export interface ConnectionStateStore {
  subscribe(listener: () => void): () => void;
  getSnapshot(): ConnectionSnapshot;
}

/** @internal The writable side of {@link ConnectionStateStore}. */
export function createConnectionState(initial: ConnectionSnapshot) {
  let snapshot = initial;
  const listeners = new Set<() => void>();
  return {
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    getSnapshot: () => snapshot,
    set(next: ConnectionSnapshot) {
      const same =
        next.status === snapshot.status &&
        next.tenantId === snapshot.tenantId &&
        next.scope === snapshot.scope &&
        next.connectedAt === snapshot.connectedAt &&
        next.reason === snapshot.reason;
      if (same) return;
      snapshot = next;
      for (const listener of [...listeners]) listener();
    },
  };
}
