import type { Clock } from '../../env/clock.js';
import { type HeldLease, takeLease } from '../../store/held-lease.js';
import type { StateStore } from '../../store/state-store.js';
import { SyncInProgressError } from '../sync-in-progress-error.js';

/** What {@link claimRun} needs. */
export interface RunClaimDeps {
  store: StateStore;
  connectionId: string;
  clock: Clock;
  holder: string;
  leaseMs: number;
  onError?: (error: unknown) => void;
}

/**
 * Claims the connection's sync across processes: its lease (kept by heartbeats; `abort`
 * fires when another process takes it over), and a fresh run marks an abandoned one
 * `interrupted`. Throws {@link SyncInProgressError} (no run id) when another holder has it.
 */
export async function claimRun(
  deps: RunClaimDeps,
  abort: AbortController,
  resuming: boolean,
): Promise<HeldLease> {
  const { store, connectionId, clock } = deps;
  let lease: HeldLease | undefined;
  try {
    lease = await takeLease({
      store,
      clock,
      key: `sync:${connectionId}`,
      holder: deps.holder,
      leaseMs: deps.leaseMs,
      onError: deps.onError,
      // Taken for dead (the event loop stalled past the lease): another process resumes it.
      onLost: () => abort.abort(new Error('sync lease taken over by another process')),
    });
    if (!lease) throw new SyncInProgressError(connectionId, null);
    if (!resuming) await interruptAbandoned(store, connectionId, clock);
    return lease;
  } catch (error) {
    await lease?.release();
    throw error;
  }
}

/**
 * Marks the newest run `interrupted` when it still says `running` while this process holds
 * the lease: its process died (a "Synk" after a crash starts afresh, from the cursors).
 */
async function interruptAbandoned(store: StateStore, connectionId: string, clock: Clock) {
  const [latest] = await store.listRuns(connectionId, 1);
  if (latest?.status !== 'running') return;
  await store.updateRun(latest.id, {
    status: 'interrupted',
    finishedAt: clock.now(),
    error: 'its process stopped before it finished',
  });
}
