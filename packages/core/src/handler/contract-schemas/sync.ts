import * as z from 'zod/mini';
import { Count, IsoDateTime, WholeNumber } from './formats.js';

// The handler contract: the sync routes and the sync event stream.

/** A register the sync engine moves between the host and Fortnox. */
export const SyncRegister = z.enum(['customers', 'articles']);
export type SyncRegister = z.infer<typeof SyncRegister>;

/** `POST /sync`: "Synk" (any signed-in user). Answered 202 with the run id. */
export const SyncRequest = z.object({
  registers: z.optional(z.array(SyncRegister)),
  /** Full reconciliation instead of the delta since the last run. */
  full: z._default(z.boolean(), false),
});
export type SyncRequest = z.input<typeof SyncRequest>;
export const SyncStarted = z.object({ runId: z.string() });
export type SyncStarted = z.infer<typeof SyncStarted>;

/**
 * `POST /sync/host-changes`: the host saved these records; a debounced delta run follows
 * ("at once", settings 22 / 24; decisions/116). Answered 202.
 */
export const HostChangeRequest = z.object({
  register: SyncRegister,
  ids: z
    .array(z.string().check(z.minLength(1), z.maxLength(200)))
    .check(z.minLength(1), z.maxLength(1000)),
});
export type HostChangeRequest = z.input<typeof HostChangeRequest>;
export const HostChangeAccepted = z.object({ register: SyncRegister, pending: WholeNumber });
export type HostChangeAccepted = z.infer<typeof HostChangeAccepted>;

/** One record that could not be synced, shown in the run log. */
export const SyncRecordError = z.object({
  register: SyncRegister,
  /** Host id or Fortnox number of the record. */
  recordId: z.string(),
  /** What a user recognises: the customer's name, the article's description. */
  label: z.optional(z.string()),
  code: z.string(),
  message: z.string(),
});
export type SyncRecordError = z.infer<typeof SyncRecordError>;

const Counts = z.object({
  created: Count,
  updated: Count,
  unchanged: Count,
  /** Left alone on purpose (an inactive article, a customer the settings exclude). */
  skipped: z.optional(Count),
  failed: Count,
  /**
   * Records deleted on the other side whose deletion the run carried over: deleted,
   * deactivated or unlinked, as `IntegrationOptions.deletions` says (decisions/115).
   */
  deleted: z.optional(Count),
});

/** One sync run: the last one is "last sync time and result", the list is the log. */
export const SyncRun = z.object({
  id: z.string(),
  trigger: z.enum(['manual', 'schedule', 'connect']),
  startedAt: IsoDateTime,
  finishedAt: z.nullable(IsoDateTime),
  /** `interrupted`: its process stopped (crash, shutdown); a later run resumed it. */
  result: z.enum(['running', 'ok', 'partial', 'failed', 'interrupted']),
  counts: z.partialRecord(SyncRegister, Counts),
  errors: z.array(SyncRecordError),
  /** For `failed`: why the whole run stopped (e.g. reconnect needed). */
  message: z.optional(z.string()),
});
export type SyncRun = z.infer<typeof SyncRun>;

/** Live progress of a running sync: `event: progress` on `GET /sync/events`. */
export const SyncProgressEvent = z.object({
  runId: z.string(),
  register: SyncRegister,
  phase: z.enum(['reading', 'writing', 'done']),
  processed: Count,
  /** Unknown while Fortnox is still being paged. */
  total: z.nullable(Count),
});
export type SyncProgressEvent = z.infer<typeof SyncProgressEvent>;

/** `GET /sync/status`: the running run (if any) and the recent runs, newest first. */
export const SyncStatus = z.object({
  running: z.nullable(SyncRun),
  progress: z.array(SyncProgressEvent),
  runs: z.array(SyncRun).check(z.maxLength(50)),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

/** Server-sent events on `GET /sync/events` (`event:` name → `data:` JSON). */
export const SyncStreamEvents = {
  /** Sent once on connect, and whenever a run starts or ends. */
  status: SyncStatus,
  progress: SyncProgressEvent,
  finished: SyncRun,
} as const;
export type SyncStreamEventName = keyof typeof SyncStreamEvents;
