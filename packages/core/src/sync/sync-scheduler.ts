import type { Clock } from '../env/clock.js';
import { systemClock } from '../env/clock.js';
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
   * How long this process's claim on the connection lasts without renewal; renewed while
   * the run makes progress. A crashed process's run is resumed once it lapses.
   * @default 600000 (10 minutes)
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
/** How soon a gated (skipped) scheduled run asks `canRun` again. */
const GATE_RETRY_MS = 60_000;

export function createSyncScheduler(options: SyncSchedulerOptions): SyncScheduler {
  const clock = options.clock ?? systemClock;
  const intervalMs = options.intervalMs ?? 3_600_000;
  const leaseMs = options.leaseMs ?? 600_000;
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
  let leaseRenewedAt = 0;
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
  // The last renewal in flight: the lease is released only after it settled, so a late
  // renewal can never take the lease back after the run ended.
  let renewal: Promise<unknown> = Promise.resolve();
  const renewLease = () => {
    const now = clock.now();
    if (now - leaseRenewedAt < leaseMs / 3) return;
    leaseRenewedAt = now;
    renewal = store.acquireLease(leaseKey, holder, now + leaseMs, now).catch(options.onError);
  };

  async function begin(
    trigger: SyncTrigger,
    runOptions: RunNowOptions & { resumeFrom?: SyncRunRecord },
  ) {
    if (current) throw new SyncInProgressError(connectionId, current.runId);
    const now = clock.now();
    const runId = globalThis.crypto.randomUUID();
    const abort = new AbortController();
    // Claimed synchronously in this process, then across processes through the lease.
    current = { runId, abort, done: Promise.resolve(undefined as never) };
    if (!(await store.acquireLease(leaseKey, holder, now + leaseMs, now))) {
      current = undefined;
      throw new SyncInProgressError(connectionId, null);
    }
    leaseRenewedAt = now;
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
          renewLease();
        },
        onCounts: (counts) => {
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
        await renewal;
        await store.releaseLease(leaseKey, holder).catch(options.onError);
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

  /** Continues the newest run if it never finished: crashed (`running`) or stopped midway. */
  async function resumeUnfinished() {
    if (!(await canRun())) return false;
    const [latest] = await store.listRuns(connectionId, 1);
    const unfinished = latest?.status === 'running' || latest?.status === 'interrupted';
    if (!latest || !unfinished || latest.checkpoint === null) return false;
    const now = clock.now();
    // A live process still holds the lease: that run is not crashed, it is running elsewhere.
    if (!(await store.acquireLease(leaseKey, holder, now + leaseMs, now))) return false;
    await store.releaseLease(leaseKey, holder);
    const { done } = await begin('resume', { resumeFrom: latest });
    await done;
    return true;
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
          await resumeUnfinished();
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
