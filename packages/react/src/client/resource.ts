import { FortnoxBackendError, isFortnoxBackendError } from './fortnox-backend-error.js';

/** What a component renders from: the last data, the last error, and whether a load runs. */
export interface ResourceState<T> {
  readonly data: T | undefined;
  readonly error: FortnoxBackendError | undefined;
  readonly loading: boolean;
}

/** A tiny observable cache entry (the `subscribe` + `getSnapshot` pair React wants). */
export interface Resource<T> {
  getSnapshot(): ResourceState<T>;
  subscribe(listener: () => void): () => void;
  /** Loads now; concurrent calls share one request. */
  load(): Promise<void>;
  /** Loads once, the first time anyone asks. */
  ensure(): void;
  /** Replaces the data, e.g. with the answer of a write. */
  set(data: T): void;
}

/** Creates a {@link Resource} over a loader. */
export function createResource<T>(loader: () => Promise<T>): Resource<T> {
  let state: ResourceState<T> = { data: undefined, error: undefined, loading: false };
  let inFlight: Promise<void> | null = null;
  let started = false;
  const listeners = new Set<() => void>();

  function update(patch: Partial<ResourceState<T>>): void {
    state = { ...state, ...patch };
    for (const listener of listeners) listener();
  }

  function load(): Promise<void> {
    started = true;
    inFlight ??= (async () => {
      update({ loading: true });
      try {
        update({ data: await loader(), error: undefined, loading: false });
      } catch (error) {
        update({ error: toBackendError(error), loading: false });
      } finally {
        inFlight = null;
      }
    })();
    return inFlight;
  }

  return {
    getSnapshot: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    load,
    ensure: () => {
      if (!started) void load();
    },
    set: (data) => update({ data, error: undefined }),
  };
}

/** Any thrown value as a {@link FortnoxBackendError} (a bad response shape becomes `internal`). */
export function toBackendError(error: unknown): FortnoxBackendError {
  if (isFortnoxBackendError(error)) return error;
  return new FortnoxBackendError(
    {
      status: 0,
      code: 'internal',
      message: error instanceof Error ? error.message : String(error),
    },
    { cause: error },
  );
}
