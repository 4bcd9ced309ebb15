import { systemClock } from '../env/clock.js';
import { DEFAULT_LEASE_MS } from '../store/held-lease.js';
import {
  resumeUnfinished,
  runHourly,
  type SchedulerLoopDeps,
} from './scheduler/scheduler-loops.js';
import { createRunStarter } from './scheduler/scheduler-run.js';
import { createSnapshotState } from './scheduler/scheduler-snapshot.js';
import type { SyncScheduler, SyncSchedulerOptions } from './scheduler/scheduler-types.js';

export { COUNTS_NOTIFY_INTERVAL_MS } from './scheduler/counts-throttle.js';
export type {
  RunNowOptions,
  SyncScheduler,
  SyncSchedulerOptions,
  SyncSnapshot,
} from './scheduler/scheduler-types.js';

/**
 * Creates the {@link SyncScheduler} of one connection. The UI subscribes with
 * `useSyncExternalStore(scheduler.subscribe, scheduler.getSnapshot)`.
 *
 * Composed of named parts (`./scheduler/`, decisions/130): the snapshot and its listeners,
 * the run starter (one run at a time, leased across processes) and the background loops
 * (resume an unfinished run, then hourly).
 *
 * @example
 * const scheduler = createSyncScheduler({ engine, store, connectionId });
 * await scheduler.start();
 * const { done } = await scheduler.runNow(); // "Synk"
 */
export function createSyncScheduler(options: SyncSchedulerOptions): SyncScheduler {
  const clock = options.clock ?? systemClock;
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const { store, engine, connectionId, onError } = options;
  const state = createSnapshotState(clock);
  const runs = createRunStarter({
    engine,
    store,
    connectionId,
    clock,
    holder: options.holder ?? globalThis.crypto.randomUUID(),
    leaseMs,
    onError,
    state,
  });
  const loopDeps: SchedulerLoopDeps = {
    store,
    connectionId,
    clock,
    intervalMs: options.intervalMs ?? 3_600_000,
    leaseMs,
    canRun: options.canRun ?? (() => true),
    onError,
    runs,
    state,
  };
  let loop: { abort: AbortController; done: Promise<void> } | undefined;

  return {
    async start() {
      if (loop) return;
      const [last] = await store.listRuns(connectionId, 1);
      state.update({ lastRun: last && last.status !== 'running' ? last : state.get().lastRun });
      const abort = new AbortController();
      const done = (async () => {
        try {
          await resumeUnfinished(loopDeps, abort.signal);
          await runHourly(loopDeps, abort.signal);
        } catch (error) {
          if (!abort.signal.aborted) onError?.(error);
        }
      })();
      loop = { abort, done };
    },
    async stop(stopOptions = {}) {
      const running = loop;
      loop = undefined;
      running?.abort.abort();
      if (stopOptions.abortRun) runs.active()?.abort.abort(new Error('scheduler stopped'));
      await running?.done;
      if (stopOptions.abortRun) await runs.active()?.done;
      state.update({ nextRunAt: null });
    },
    runNow: (runOptions = {}) => runs.begin(runOptions.trigger ?? 'manual', runOptions),
    subscribe: state.subscribe,
    getSnapshot: state.get,
  };
}
