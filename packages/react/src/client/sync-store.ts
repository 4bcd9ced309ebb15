import type { Clock, SyncProgressEvent, SyncStatus } from '@fortnox-kit/core/contract';
import type { FortnoxApi, SyncStreamEvent } from './fortnox-api.js';
import type { FortnoxBackendError } from './fortnox-backend-error.js';
import { toBackendError } from './resource.js';

/** Live sync state: the status from the backend, kept current by its event stream. */
export interface SyncState {
  readonly status: SyncStatus | undefined;
  readonly error: FortnoxBackendError | undefined;
  /** The "Synk" request is on its way. */
  readonly starting: boolean;
}

/** The observable sync state plus the "Synk" action. */
export interface SyncStore {
  getSnapshot(): SyncState;
  /** The first subscriber opens the event stream; the last one closes it. */
  subscribe(listener: () => void): () => void;
  start(): Promise<void>;
}

const RECONNECT_MS = 5_000;

/** Creates the {@link SyncStore}; it reconnects the stream (after `RECONNECT_MS`) when it drops. */
export function createSyncStore(api: FortnoxApi, clock: Clock): SyncStore {
  let state: SyncState = { status: undefined, error: undefined, starting: false };
  const listeners = new Set<() => void>();
  let stream: AbortController | null = null;

  function update(patch: Partial<SyncState>): void {
    state = { ...state, ...patch };
    for (const listener of listeners) listener();
  }

  async function refresh(): Promise<void> {
    try {
      update({ status: await api.getSyncStatus(), error: undefined });
    } catch (error) {
      update({ error: toBackendError(error) });
    }
  }

  function onEvent(message: SyncStreamEvent): void {
    if (message.event === 'status') update({ status: message.data });
    if (message.event === 'progress' && state.status) {
      update({ status: { ...state.status, progress: merge(state.status.progress, message.data) } });
    }
    if (message.event === 'finished') void refresh();
  }

  async function follow(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      await refresh();
      try {
        await api.followSync(onEvent, signal);
      } catch {
        // The stream dropped: wait, then read the status again and reopen it.
      }
      await clock.sleep(RECONNECT_MS, signal).catch(() => undefined);
    }
  }

  return {
    getSnapshot: () => state,
    subscribe(listener) {
      listeners.add(listener);
      if (!stream) {
        stream = new AbortController();
        void follow(stream.signal);
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          stream?.abort();
          stream = null;
        }
      };
    },
    async start() {
      update({ starting: true });
      try {
        await api.startSync();
        await refresh();
        update({ starting: false, error: undefined });
      } catch (error) {
        const apiError = toBackendError(error);
        // Someone else's run is going: just show it.
        if (apiError.code === 'sync_in_progress') await refresh();
        update({
          starting: false,
          error: apiError.code === 'sync_in_progress' ? undefined : apiError,
        });
      }
    },
  };
}

function merge(progress: SyncProgressEvent[], event: SyncProgressEvent): SyncProgressEvent[] {
  const others = progress.filter((p) => p.runId === event.runId && p.register !== event.register);
  return [...others, event];
}
