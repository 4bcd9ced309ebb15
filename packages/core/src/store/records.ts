import { z } from 'zod';

/** The two registers the kit keeps in step. */
export const RegisterName = z.enum(['customers', 'articles']);
export type RegisterName = z.infer<typeof RegisterName>;

/** The secret part of a connection. Stored encrypted, never returned to a browser. */
export const ConnectionTokens = z.object({
  accessToken: z.string(),
  /** Absent for service accounts (client credentials): they fetch a new token instead. */
  refreshToken: z.string().optional(),
  /** Epoch milliseconds. */
  accessTokenExpiresAt: z.number(),
  scope: z.string().optional(),
});
export type ConnectionTokens = z.infer<typeof ConnectionTokens>;

/** The state of a connection as the UI shows it. */
export const ConnectionStatus = z.enum(['connected', 'reconnect-needed', 'disconnected']);
export type ConnectionStatus = z.infer<typeof ConnectionStatus>;

/** One Fortnox connection (one tenant, optionally bound to a subgroup). */
export const ConnectionRecord = z.object({
  id: z.string().min(1),
  status: ConnectionStatus,
  authKind: z.enum(['authorization-code', 'client-credentials']),
  /** Fortnox tenant id (`DatabaseNumber`), once known. */
  tenantId: z.string().nullable().default(null),
  /** Subgroup this integration applies to; null means every group. */
  subgroup: z.string().nullable().default(null),
  companyName: z.string().nullable().default(null),
  /**
   * Bumped on every token write. {@link StateStore.compareAndSetTokens} uses it so that
   * of two processes refreshing at once only one can store its rotated token.
   */
  tokenVersion: z.number().int().nonnegative().default(0),
  tokens: ConnectionTokens.nullable().default(null),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type ConnectionRecord = z.infer<typeof ConnectionRecord>;
export type ConnectionRecordInput = z.input<typeof ConnectionRecord>;

/** A stored pairing of a host record and a Fortnox record. */
export const RegisterLink = z.object({
  connectionId: z.string(),
  register: RegisterName,
  hostId: z.string(),
  /** CustomerNumber or ArticleNumber in Fortnox. */
  fortnoxNumber: z.string(),
  /** Epoch milliseconds of the last time the sync wrote either side through this link. */
  syncedAt: z.number(),
  /**
   * Fingerprint of the host record's synced fields as last read or written by the sync.
   * A host change whose fingerprint still matches is the echo of the sync's own write.
   */
  hostHash: z.string().nullable().default(null),
  /** Fingerprint of the Fortnox record's list fields as last read or written by the sync. */
  fortnoxHash: z.string().nullable().default(null),
});
export type RegisterLinkInput = z.input<typeof RegisterLink>;
export type RegisterLink = z.infer<typeof RegisterLink>;

/** How a sync run ended (or that it has not). */
export const SyncRunStatus = z.enum(['running', 'succeeded', 'failed', 'interrupted']);
export type SyncRunStatus = z.infer<typeof SyncRunStatus>;

/** What started a run. */
export const SyncTrigger = z.enum(['schedule', 'manual', 'connect', 'event', 'resume']);
export type SyncTrigger = z.infer<typeof SyncTrigger>;

/** Per-register counters of a run, summed over both directions. */
export const SyncCounts = z.object({
  read: z.number().int().default(0),
  created: z.number().int().default(0),
  updated: z.number().int().default(0),
  unchanged: z.number().int().default(0),
  skipped: z.number().int().default(0),
  failed: z.number().int().default(0),
  /** Deletions handled (deleted, deactivated or unlinked; decisions/115). */
  deleted: z.number().int().default(0),
});
export type SyncCounts = z.infer<typeof SyncCounts>;

/**
 * One sync run of one connection as stored (the handler's wire `SyncRun` is built from it).
 * `checkpoint` is opaque to the store: engine-owned JSON.
 */
export const SyncRunRecord = z.object({
  id: z.string(),
  connectionId: z.string(),
  trigger: SyncTrigger,
  full: z.boolean().default(false),
  status: SyncRunStatus,
  startedAt: z.number(),
  finishedAt: z.number().nullable().default(null),
  counts: z
    .object({ customers: SyncCounts.optional(), articles: SyncCounts.optional() })
    .default({}),
  /** The last committed position; a crashed run resumes from here. */
  checkpoint: z.unknown().nullable().default(null),
  error: z.string().nullable().default(null),
});
export type SyncRunRecord = z.infer<typeof SyncRunRecord>;
export type SyncRunRecordInput = z.input<typeof SyncRunRecord>;

/** One line of a run's per-record log. */
export const SyncLogEntry = z.object({
  runId: z.string(),
  seq: z.number().int().nonnegative(),
  at: z.number(),
  register: RegisterName,
  direction: z.enum(['to-host', 'to-fortnox']),
  action: z.enum(['created', 'updated', 'skipped', 'failed', 'deleted', 'deactivated', 'unlinked']),
  hostId: z.string().nullable().default(null),
  fortnoxNumber: z.string().nullable().default(null),
  /** What a user recognises: the customer's name, the article's description. */
  label: z.string().nullable().default(null),
  /** For failures: a Fortnox error code or a kit code such as `no-match-key`. */
  code: z.string().nullable().default(null),
  message: z.string().nullable().default(null),
});
export type SyncLogEntry = z.infer<typeof SyncLogEntry>;
export type SyncLogEntryInput = z.input<typeof SyncLogEntry>;

/**
 * State of a send. `pending`: about to call Fortnox; `committed`: Fortnox answered with a
 * document number; `uncertain`: the call may or may not have reached Fortnox (timeout,
 * crash), so a retry must look the document up first; `failed`: Fortnox refused it.
 */
export const JournalState = z.enum(['pending', 'committed', 'uncertain', 'failed']);
export type JournalState = z.infer<typeof JournalState>;

/** What both journals record of an attempt: how often, the last error, and when. */
const journalProgress = {
  attempts: z.number().int().nonnegative().default(0),
  error: z.string().nullable().default(null),
  createdAt: z.number(),
  updatedAt: z.number(),
};

/** One entry of the send journal, keyed by (connection, host order, idempotency key). */
export const JournalEntry = z.object({
  connectionId: z.string(),
  hostOrderId: z.string(),
  idempotencyKey: z.string(),
  state: JournalState,
  target: z.enum(['order', 'invoice']),
  /** Fortnox DocumentNumber once known. */
  documentNumber: z.string().nullable().default(null),
  ...journalProgress,
});
export type JournalEntry = z.infer<typeof JournalEntry>;
export type JournalEntryInput = z.input<typeof JournalEntry>;

/** The key of a journal entry. */
export interface JournalKey {
  connectionId: string;
  hostOrderId: string;
  idempotencyKey: string;
}

/**
 * One Fortnox customer or article the kit creates during a send, journaled like documents:
 * written `pending` before the POST, so a create whose answer was lost is looked up by
 * `reference` before it is tried again (decisions/110). One entry per host record.
 */
export const CreateJournalEntry = z.object({
  connectionId: z.string(),
  register: RegisterName,
  hostId: z.string(),
  state: JournalState,
  /** What identifies our create in Fortnox: the customer's `ExternalReference`, the `ArticleNumber`. */
  reference: z.string(),
  /** The customer `Name` sent: what the lookup searches by (null for articles). */
  name: z.string().nullable().default(null),
  /** CustomerNumber or ArticleNumber once known. */
  fortnoxNumber: z.string().nullable().default(null),
  ...journalProgress,
});
export type CreateJournalEntry = z.infer<typeof CreateJournalEntry>;
export type CreateJournalEntryInput = z.input<typeof CreateJournalEntry>;

/** The key of a create journal entry: one host record of one register on one connection. */
export interface CreateJournalKey {
  connectionId: string;
  register: RegisterName;
  hostId: string;
}
