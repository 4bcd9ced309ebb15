import type { Clock } from '../../env/clock.js';
import type {
  RegisterName,
  SyncLogEntry,
  SyncRunRecord,
  SyncTrigger,
} from '../../store/records.js';
import type { StateStore } from '../../store/state-store.js';
import type { SyncEngine } from '../sync-engine.js';
import type { RegisterProgress, RunCounts } from '../sync-types.js';

/** Options of `createSyncScheduler`. */
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
  /**
   * An unfinished run (crashed `running`, or `interrupted`) to continue from its last committed
   * page instead of starting from the cursors, as `start()` does (pg-boss sync jobs use it).
   */
  resumeFrom?: SyncRunRecord;
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
   * Starts a run now. Rejects with `SyncInProgressError` when one is going.
   * `done` resolves with the finished run (whatever its status); it never rejects.
   */
  runNow(options?: RunNowOptions): Promise<{ runId: string; done: Promise<SyncRunRecord> }>;
  subscribe(listener: () => void): () => void;
  getSnapshot(): SyncSnapshot;
}
