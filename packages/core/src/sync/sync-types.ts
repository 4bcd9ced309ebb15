import type { RegisterName, SyncCounts, SyncLogEntryInput } from '../store/records.js';

/** One direction of one register: the steps a run walks through, in order. */
export type SyncStep = { register: RegisterName; direction: 'to-host' | 'to-fortnox' };

/** Where a run is: engine-owned JSON stored as the run's `checkpoint` after every page. */
export interface SyncCheckpoint {
  /** Index into the run's steps; steps before it are complete. */
  step: number;
  /** to-host: pages 1..page are committed. */
  page: number;
  /** to-host: the `lastmodified` lower bound of this step (epoch ms), null = everything. */
  since: number | null;
  /** to-host: when the step's first page was requested; the next cursor derives from it. */
  listStartedAt: number | null;
  /** to-fortnox: the host change cursor committed so far. */
  hostCursor: string | null;
  /** Whether the run reads everything (full reconciliation / "Synk" with setting 24). */
  full: boolean;
  /** The steps of the run, fixed at its start. */
  steps: SyncStep[];
  /** Customers read in full and overwritten ("Synk" with setting 24). */
  fullCustomers: boolean;
}

/** What a dry run would do with one record. */
export interface SyncPlanItem {
  register: RegisterName;
  direction: 'to-host' | 'to-fortnox';
  /** `delete` / `deactivate` / `unlink`: what a deletion on the other side would do. */
  action: 'create' | 'update' | 'link' | 'skip' | 'delete' | 'deactivate' | 'unlink';
  hostId: string | null;
  fortnoxNumber: string | null;
  /** How the pair was found: `link`, `number`, `organisationNumber`, `email`, or why skipped. */
  reason: string;
  label: string | null;
}

/** Live state of a register inside a run, for progress bars. */
export interface RegisterProgress {
  register: RegisterName;
  direction: 'to-host' | 'to-fortnox';
  phase: 'reading' | 'writing' | 'done';
  processed: number;
  /** Unknown until Fortnox's first page arrived (and for host changes). */
  total: number | null;
}

/** Per-record counters of a run by register. */
export type RunCounts = Partial<Record<RegisterName, SyncCounts>>;

/** Collects counters, log lines and plan items while a run works. */
export interface RunRecorder {
  count(register: RegisterName, key: keyof SyncCounts, by?: number): void;
  log(entry: Omit<SyncLogEntryInput, 'runId' | 'seq' | 'at'>): void;
  plan(item: SyncPlanItem): void;
  progress(progress: RegisterProgress): void;
}
