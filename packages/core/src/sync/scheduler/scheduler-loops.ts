import type { Clock } from '../../env/clock.js';
import type { StateStore } from '../../store/state-store.js';
import { SyncInProgressError } from '../sync-in-progress-error.js';
import type { RunStarter } from './scheduler-run.js';
import type { SnapshotState } from './scheduler-snapshot.js';

/** How often `start()` looks whether a crashed process's lease on its run has lapsed. */
const RESUME_POLL_MS = 1_000;

/** How soon a gated (skipped) scheduled run asks `canRun` again. */
const GATE_RETRY_MS = 60_000;

/** What the scheduler's background loops need. */
export interface SchedulerLoopDeps {
  store: StateStore;
  connectionId: string;
  clock: Clock;
  intervalMs: number;
  leaseMs: number;
  canRun: () => boolean | Promise<boolean>;
  onError?: (error: unknown) => void;
  runs: RunStarter;
  state: SnapshotState;
}

/**
 * Continues the newest run if it never finished: crashed (`running`) or stopped midway.
 * While another holder still has the lease, asks again every second (at most every third
 * of a lease): a live process finishes the run itself, a dead one's lease lapses and the
 * run is taken over.
 */
export async function resumeUnfinished(deps: SchedulerLoopDeps, signal: AbortSignal) {
  const { store, connectionId, clock } = deps;
  while (!signal.aborted) {
    if (!(await deps.canRun())) return;
    const [latest] = await store.listRuns(connectionId, 1);
    const unfinished = latest?.status === 'running' || latest?.status === 'interrupted';
    if (!latest || !unfinished || latest.checkpoint === null) return;
    try {
      const { done } = await deps.runs.begin('resume', { resumeFrom: latest });
      await done;
      return;
    } catch (error) {
      if (!(error instanceof SyncInProgressError)) throw error;
      // A run of this process (runNow) took the connection first: it is not crashed.
      if (error.runId !== null) return;
    }
    await clock.sleep(Math.min(RESUME_POLL_MS, deps.leaseMs / 3), signal);
  }
}

/** Runs the sync one interval after the last run started, until `signal` aborts. */
export async function runHourly(deps: SchedulerLoopDeps, signal: AbortSignal) {
  const { clock, intervalMs, state } = deps;
  while (!signal.aborted) {
    const last = state.get().lastRun;
    const due = last ? last.startedAt + intervalMs : clock.now();
    state.update({ nextRunAt: due });
    await clock.sleep(Math.max(0, due - clock.now()), signal);
    if (!(await deps.canRun())) {
      // Not ready (not connected): record nothing, look again soon rather than in an hour.
      await clock.sleep(Math.min(intervalMs, GATE_RETRY_MS), signal);
      continue;
    }
    try {
      const { done } = await deps.runs.begin('schedule', {});
      await done;
    } catch (error) {
      if (signal.aborted) return;
      if (!(error instanceof SyncInProgressError)) deps.onError?.(error);
      // Someone else is syncing, or the store failed: try again one interval later.
      await clock.sleep(intervalMs, signal);
    }
  }
}
