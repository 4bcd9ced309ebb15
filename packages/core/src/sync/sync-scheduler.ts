import type { Clock } from '../env/clock.js';
import { systemClock } from '../env/clock.js';
import { DEFAULT_LEASE_MS, type HeldLease, takeLease } from '../store/held-lease.js';
import type { RegisterName, SyncLogEntry, SyncRunRecord, SyncTrigger } from '../store/records.js';
import { SyncLogEntry as SyncLogEntrySchema } from '../store/records.js';
import type { StateStore } from '../store/state-store.js';
import type { SyncEngine } from './sync-engine.js';
import { SyncInProgressError } from './sync-in-progress-error.js';
import type { RegisterProgress, RunCounts } from './sync-types.js';

/** Options of {@link createSyncScheduler}. */
export interface SyncSchedulerOptions {
  engine: SyncEngine;
  store: StateStore;
  connectionId: string;
  /** @default systemClock */
  clock?: Clock;
  /** Time between scheduled runs. @default 3600000 (one hour, SPEC §4) */
  intervalMs?: number;
  /**
   * How long this process's claim on the connection lasts without a heartbeat; renewed
   * every third of it while the run goes on. A crashed process's run is taken over and
   * resumed once it lapses.
   * @default DEFAULT_LEASE_MS (10 s)
   */
  leaseMs?: number;
  /** Identifies this process in the lease. @default a random UUID */
  holder?: string;
  /** Errors of the scheduling loop itself (the store is down...). @default ignored */
  onError?: (error: unknown) => void;
  /**
   * Asked before every scheduled or resumed run; when it answers false (for example, Fortnox
   * is not connected yet) the run is skipped, nothing is recorded, and the loop asks again
   * after `min(intervalMs, 1 minute)`. On-demand runs (`runNow`) are not gated.
   * @default always true
   */
  canRun?: () => boolean | Promise<boolean>;
}

/** What the UI shows: the running run, or the last one. Immutable; replaced on change. */
export interface SyncSnapshot {
  running: boolean;
  runId: string | null;
  trigger: SyncTrigger | null;
  /** `idle` between runs. */
  phase: 'idle' | RegisterProgress['phase'];
  register: RegisterName | null;
  /** The latest progress of each register and direction of the current run. */
  progress: RegisterProgress[];
  counts: RunCounts;
  /** The last run that ended (its `status` and `finishedAt` are "last sync and result"). */
  lastRun: SyncRunRecord | null;
  /** Per-record errors of the current run (or the last one), newest last, at most 50. */
  errors: SyncLogEntry[];
  /** When the next scheduled run is due (null when stopped). */
  nextRunAt: number | null;
}

/** Options of an on-demand run. */
export interface RunNowOptions {
  /** @default 'manual' ("Synk") */
  trigger?: SyncTrigger;
  full?: boolean;
  registers?: readonly RegisterName[];
}

/** Runs one connection's sync hourly and on demand, one run at a time. */
export interface SyncScheduler {
  /**
   * Loads the last run, resumes it if it never finished (a crash, or `stop({ abortRun })`)
   * from its last committed page, and starts the hourly loop.
   */
  start(): Promise<void>;
  /** Stops the loop; with `abortRun`, interrupts a running run too (it resumes on next start). */
  stop(options?: { abortRun?: boolean }): Promise<void>;
  /**
   * Starts a run now. Rejects with {@link SyncInProgressError} when one is going.
   * `done` resolves with the finished run (whatever its status); it never rejects.
   */
  runNow(options?: RunNowOptions): Promise<{ runId: string; done: Promise<SyncRunRecord> }>;
  subscribe(listener: () => void): () => void;
  getSnapshot(): SyncSnapshot;
}

const MAX_ERRORS = 50;

/**
 * The engine reports counts on every record; subscribers (a React status, an SSE stream)
 * hear about them at most this often (clock time), and always with each progress report
 * and at the end of a run, so a 100,000-record sync does not clone the counts and notify
 * every listener 200,000 times.
 */
export const COUNTS_NOTIFY_INTERVAL_MS = 250;

/**
 * Creates the {@link SyncScheduler} of one connection. The UI subscribes with
 * `useSyncExternalStore(scheduler.subscribe, scheduler.getSnapshot)`.
 *
 * @example
 * const scheduler = createSyncScheduler({ engine, store, connectionId });
 * await scheduler.start();
 * const { done } = await scheduler.runNow(); // "Synk"
 */
/** How often `start()` looks whether a crashed process's lease on its run has lapsed. */
const RESUME_POLL_MS = 1_000;

/** How soon a gated (skipped) scheduled run asks `canRun` again. */
const GATE_RETRY_MS = 60_000;

export function createSyncScheduler(options: SyncSchedulerOptions): SyncScheduler {
  const clock = options.clock ?? systemClock;
  const intervalMs = options.intervalMs ?? 3_600_000;
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const canRun = options.canRun ?? (() => true);
  const holder = options.holder ?? globalThis.crypto.randomUUID();
  const leaseKey = `sync:${options.connectionId}`;
  const { store, engine, connectionId } = options;
  const listeners = new Set<() => void>();
  let snapshot: SyncSnapshot = {
    running: false,
    runId: null,
    trigger: null,
    phase: 'idle',
    register: null,
    progress: [],
    counts: {},
    lastRun: null,
    errors: [],
    nextRunAt: null,
  };
  let current: { runId: string; abort: AbortController; done: Promise<SyncRunRecord> } | undefined;
  let loop: { abort: AbortController; done: Promise<void> } | undefined;
  let lease: HeldLease | undefined;
  // Counts reported since the last notification, and when that notification was.
  let pendingCounts: RunCounts | undefined;
  let countsNotifiedAt = Number.NEGATIVE_INFINITY;
  const takePendingCounts = (): Partial<SyncSnapshot> => {
    if (!pendingCounts) return {};
    const counts = structuredClone(pendingCounts);
    pendingCounts = undefined;
    countsNotifiedAt = clock.now();
    return { counts };
  };

  const update = (patch: Partial<SyncSnapshot>) => {
    snapshot = { ...snapshot, ...patch };
    for (const listener of listeners) listener();
  };

  async function begin(
    trigger: SyncTrigger,
    runOptions: RunNowOptions & { resumeFrom?: SyncRunRecord },
  ) {
    if (current) throw new SyncInProgressError(connectionId, current.runId);
    const runId = globalThis.crypto.randomUUID();
    const abort = new AbortController();
    // Claimed synchronously in this process, then across processes through the lease.
    current = { runId, abort, done: Promise.resolve(undefined as never) };
    try {
      lease = await takeLease({
        store,
        clock,
        key: leaseKey,
        holder,
        leaseMs,
        onError: options.onError,
        // Taken for dead (the event loop stalled past the lease): another process resumes it.
        onLost: () => abort.abort(new Error('sync lease taken over by another process')),
      });
      if (!lease) throw new SyncInProgressError(connectionId, null);
      if (!runOptions.resumeFrom) await interruptAbandoned();
    } catch (error) {
      await lease?.release();
      current = undefined;
      throw error;
    }
    pendingCounts = undefined;
    countsNotifiedAt = Number.NEGATIVE_INFINITY;
    update({
      running: true,
      runId,
      trigger,
      phase: 'reading',
      register: null,
      progress: [],
      counts: {},
      errors: [],
    });
    const run = () =>
      engine.run({
        trigger,
        runId,
        full: runOptions.full,
        registers: runOptions.registers,
        resumeFrom: runOptions.resumeFrom,
        signal: abort.signal,
        onProgress: (p) => {
          const others = snapshot.progress.filter(
            (q) => q.register !== p.register || q.direction !== p.direction,
          );
          update({
            phase: p.phase,
            register: p.register,
            progress: [...others, p],
            ...takePendingCounts(),
          });
          lease?.beat();
        },
        onCounts: (counts) => {
          lease?.beat();
          pendingCounts = counts;
          if (clock.now() - countsNotifiedAt >= COUNTS_NOTIFY_INTERVAL_MS)
            update(takePendingCounts());
        },
        onLog: (entry) => {
          if (entry.action !== 'failed') return;
          const error = SyncLogEntrySchema.parse(entry);
          update({ errors: [...snapshot.errors, error].slice(-MAX_ERRORS) });
        },
      });
    const done = (async () => {
      let finished: SyncRunRecord | undefined;
      try {
        finished = await run();
        return finished;
      } finally {
        await lease?.release();
        lease = undefined;
        current = undefined;
        const lastRun =
          finished ?? (await store.getRun(runId).catch(() => undefined)) ?? snapshot.lastRun;
        update({
          running: false,
          runId: null,
          phase: 'idle',
          register: null,
          lastRun,
          counts: lastRun?.counts ?? {},
        });
      }
    })();
    current.done = done;
    return { runId, done };
  }

  /**
   * Marks the newest run `interrupted` when it still says `running` while this process holds
   * the lease: its process died (a "Synk" after a crash starts afresh, from the cursors).
   */
  async function interruptAbandoned() {
    const [latest] = await store.listRuns(connectionId, 1);
    if (latest?.status !== 'running') return;
    await store.updateRun(latest.id, {
      status: 'interrupted',
      finishedAt: clock.now(),
      error: 'its process stopped before it finished',
    });
  }

  /**
   * Continues the newest run if it never finished: crashed (`running`) or stopped midway.
   * While another holder still has the lease, asks again every second (at most every third
   * of a lease): a live process finishes the run itself, a dead one's lease lapses and the
   * run is taken over.
   */
  async function resumeUnfinished(signal: AbortSignal) {
    while (!signal.aborted) {
      if (!(await canRun())) return;
      const [latest] = await store.listRuns(connectionId, 1);
      const unfinished = latest?.status === 'running' || latest?.status === 'interrupted';
      if (!latest || !unfinished || latest.checkpoint === null) return;
      try {
        const { done } = await begin('resume', { resumeFrom: latest });
        await done;
        return;
      } catch (error) {
        if (!(error instanceof SyncInProgressError)) throw error;
        // A run of this process (runNow) took the connection first: it is not crashed.
        if (error.runId !== null) return;
      }
      await clock.sleep(Math.min(RESUME_POLL_MS, leaseMs / 3), signal);
    }
  }

  async function hourly(signal: AbortSignal) {
    while (!signal.aborted) {
      const last = snapshot.lastRun;
      const due = last ? last.startedAt + intervalMs : clock.now();
      update({ nextRunAt: due });
      await clock.sleep(Math.max(0, due - clock.now()), signal);
      if (!(await canRun())) {
        // Not ready (not connected): record nothing, look again soon rather than in an hour.
        await clock.sleep(Math.min(intervalMs, GATE_RETRY_MS), signal);
        continue;
      }
      try {
        const { done } = await begin('schedule', {});
        await done;
      } catch (error) {
        if (signal.aborted) return;
        if (!(error instanceof SyncInProgressError)) options.onError?.(error);
        // Someone else is syncing, or the store failed: try again one interval later.
        await clock.sleep(intervalMs, signal);
      }
    }
  }

  return {
    async start() {
      if (loop) return;
      const [last] = await store.listRuns(connectionId, 1);
      update({ lastRun: last && last.status !== 'running' ? last : snapshot.lastRun });
      const abort = new AbortController();
      const done = (async () => {
        try {
          await resumeUnfinished(abort.signal);
          await hourly(abort.signal);
        } catch (error) {
          if (!abort.signal.aborted) options.onError?.(error);
        }
      })();
      loop = { abort, done };
    },
    async stop(stopOptions = {}) {
      const running = loop;
      loop = undefined;
      running?.abort.abort();
      if (stopOptions.abortRun) current?.abort.abort(new Error('scheduler stopped'));
      await running?.done;
      if (stopOptions.abortRun) await current?.done;
      update({ nextRunAt: null });
    },
    runNow: (runOptions = {}) => begin(runOptions.trigger ?? 'manual', runOptions),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
  };
}
