import type { Clock } from '../../env/clock.js';
import { SyncLogEntry, type SyncRunRecord, type SyncTrigger } from '../../store/records.js';
import type { SyncRunOptions } from '../sync-engine.js';
import { createCountsThrottle } from './counts-throttle.js';
import type { SyncSnapshot } from './scheduler-types.js';

const MAX_ERRORS = 50;

const IDLE: SyncSnapshot = {
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

/** The engine's reporters of one run, as the snapshot hears them. */
export type RunReporters = Pick<SyncRunOptions, 'onProgress' | 'onCounts' | 'onLog'>;

/**
 * The scheduler's {@link SyncSnapshot} and its listeners: each change replaces the snapshot
 * and notifies; counts are throttled (`COUNTS_NOTIFY_INTERVAL_MS`).
 */
export function createSnapshotState(clock: Clock) {
  const listeners = new Set<() => void>();
  let snapshot = IDLE;
  const throttle = createCountsThrottle(clock);
  const update = (patch: Partial<SyncSnapshot>) => {
    snapshot = { ...snapshot, ...patch };
    for (const listener of listeners) listener();
  };
  const reporters = (beat: () => void): RunReporters => ({
    onProgress: (p) => {
      const others = snapshot.progress.filter(
        (q) => q.register !== p.register || q.direction !== p.direction,
      );
      update({
        phase: p.phase,
        register: p.register,
        progress: [...others, p],
        ...throttle.take(),
      });
      beat();
    },
    onCounts: (counts) => {
      beat();
      const due = throttle.offer(counts);
      if (due) update(due);
    },
    onLog: (entry) => {
      if (entry.action !== 'failed') return;
      const error = SyncLogEntry.parse(entry);
      update({ errors: [...snapshot.errors, error].slice(-MAX_ERRORS) });
    },
  });
  return {
    get: () => snapshot,
    update,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** A run started: fresh progress, counts and errors; `reporters` feed it. */
    beginRun(runId: string, trigger: SyncTrigger, beat: () => void): RunReporters {
      throttle.reset();
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
      return reporters(beat);
    },
    /** A run ended: idle, showing `lastRun` and its counts. */
    endRun(lastRun: SyncRunRecord | null) {
      update({
        running: false,
        runId: null,
        phase: 'idle',
        register: null,
        lastRun,
        counts: lastRun?.counts ?? {},
      });
    },
  };
}

/** The scheduler's snapshot and listeners. */
export type SnapshotState = ReturnType<typeof createSnapshotState>;
