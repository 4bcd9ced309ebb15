import type { Lock } from '../connection/lock.js';
import type { Clock } from '../env/clock.js';
import type { RateLimiter } from '../rate-limit/rate-limiter.js';
import type {
  ConnectionRecord,
  ConnectionRecordInput,
  ConnectionTokens,
  CreateJournalEntry,
  CreateJournalEntryInput,
  CreateJournalKey,
  JournalEntry,
  JournalEntryInput,
  JournalKey,
  JournalState,
  RegisterLink,
  RegisterLinkInput,
  RegisterName,
  SyncLogEntry,
  SyncLogEntryInput,
  SyncRunRecord,
  SyncRunRecordInput,
} from './records.js';

/** Fields of a journal entry that may change after it is created. */
export type JournalPatch = Partial<
  Pick<JournalEntry, 'state' | 'documentNumber' | 'attempts' | 'error' | 'target'>
>;

/** Fields of a sync run that may change while it runs. */
export type SyncRunPatch = Partial<
  Pick<SyncRunRecord, 'status' | 'finishedAt' | 'counts' | 'checkpoint' | 'error'>
>;

/**
 * What the kit itself remembers, per connection. Hosts pick an adapter
 * ({@link createMemoryStateStore}, `createSqliteStateStore` from `@fortnox-kit/core/sqlite`)
 * or implement this interface over their own database; every adapter must pass the same
 * contract test suite.
 *
 * Every method is async so that network databases fit. Tokens are encrypted by the adapter
 * with the host-provided key before they are persisted ({@link createTokenCipher}).
 *
 * @example
 * const store = createMemoryStateStore({ encryptionKey: process.env.FORTNOX_KIT_KEY! });
 * await store.putLinks([
 *   { connectionId: 'c1', register: 'customers', hostId: 'h1', fortnoxNumber: '1001', syncedAt: Date.now() },
 * ]);
 */
export interface StateStore {
  /**
   * The store's own lock across processes, when it has a better one than leases (the
   * PostgreSQL store: advisory locks, released the moment a holder's session ends). Token
   * refreshes use it; without it they use `createStoreLock(store)`.
   */
  readonly lock?: Lock;
  /**
   * A rate limiter shared by every process on this store for one connection (the
   * PostgreSQL store has one); the integration uses it unless given `rateLimiter`. Without
   * it each process paces its own requests.
   */
  createRateLimiter?(connectionKey: string, options: { clock: Clock }): RateLimiter;

  // --- connections and tokens ---------------------------------------------------------
  /** Inserts or replaces a connection (tokens included, encrypted at rest). */
  saveConnection(connection: ConnectionRecordInput): Promise<ConnectionRecord>;
  getConnection(id: string): Promise<ConnectionRecord | undefined>;
  listConnections(): Promise<ConnectionRecord[]>;
  deleteConnection(id: string): Promise<void>;
  /**
   * Stores rotated tokens only if the connection's `tokenVersion` still equals
   * `expectedVersion`; returns the updated record, or `undefined` when another writer won.
   * This is what makes "the new refresh token is stored before it is used" safe across
   * processes.
   */
  compareAndSetTokens(
    id: string,
    expectedVersion: number,
    tokens: ConnectionTokens | null,
    patch?: Partial<
      Pick<ConnectionRecord, 'status' | 'tenantId' | 'companyName' | 'authKind' | 'createdAt'>
    >,
  ): Promise<ConnectionRecord | undefined>;

  // --- leases (one holder at a time, across processes) ---------------------------------
  /**
   * Takes the lease `key` for `holder` until `expiresAt`, if it is free, expired (at `now`)
   * or already held by `holder` (which renews it). Returns whether the holder has it.
   */
  acquireLease(key: string, holder: string, expiresAt: number, now: number): Promise<boolean>;
  releaseLease(key: string, holder: string): Promise<void>;

  // --- links host id <-> Fortnox number -----------------------------------------------
  /** Inserts or replaces links; a link replaces any other link of the same host id or number. */
  putLinks(links: readonly RegisterLinkInput[]): Promise<void>;
  getLinkByHostId(
    connectionId: string,
    register: RegisterName,
    hostId: string,
  ): Promise<RegisterLink | undefined>;
  getLinkByFortnoxNumber(
    connectionId: string,
    register: RegisterName,
    fortnoxNumber: string,
  ): Promise<RegisterLink | undefined>;
  countLinks(connectionId: string, register: RegisterName): Promise<number>;
  deleteLink(connectionId: string, register: RegisterName, hostId: string): Promise<void>;

  // --- cursors -------------------------------------------------------------------------
  getCursor(connectionId: string, key: string): Promise<string | undefined>;
  setCursor(connectionId: string, key: string, value: string): Promise<void>;

  // --- sync runs and their log ----------------------------------------------------------
  createRun(run: SyncRunRecordInput): Promise<SyncRunRecord>;
  updateRun(id: string, patch: SyncRunPatch): Promise<SyncRunRecord>;
  getRun(id: string): Promise<SyncRunRecord | undefined>;
  /** Newest runs first. */
  listRuns(connectionId: string, limit?: number): Promise<SyncRunRecord[]>;
  appendRunLog(entries: readonly SyncLogEntryInput[]): Promise<void>;
  /** In `seq` order. */
  listRunLog(runId: string, options?: { limit?: number; offset?: number }): Promise<SyncLogEntry[]>;

  // --- send journal ---------------------------------------------------------------------
  /**
   * Creates the entry if no entry has this key; returns the stored entry and whether this
   * call created it. Two concurrent sends with one key see one `created: true`.
   */
  beginJournalEntry(entry: JournalEntryInput): Promise<{ entry: JournalEntry; created: boolean }>;
  updateJournalEntry(key: JournalKey, patch: JournalPatch, now: number): Promise<JournalEntry>;
  getJournalEntry(key: JournalKey): Promise<JournalEntry | undefined>;
  /** All entries of one host order, oldest first. */
  listJournalByOrder(connectionId: string, hostOrderId: string): Promise<JournalEntry[]>;
  /** Entries in the given states (e.g. `uncertain` ones to reconcile after a restart). */
  listJournalByState(
    connectionId: string,
    states: readonly JournalState[],
  ): Promise<JournalEntry[]>;

  // --- create journal (customers and articles created during a send) ------------------
  /**
   * Inserts or replaces the entry of (connection, register, host id). Callers hold the
   * store's lock for that key, so there is no race to settle here.
   */
  putCreateJournalEntry(entry: CreateJournalEntryInput): Promise<CreateJournalEntry>;
  getCreateJournalEntry(key: CreateJournalKey): Promise<CreateJournalEntry | undefined>;

  // --- event offsets ----------------------------------------------------------------------
  /**
   * Records that event (topic, offset) of `scope` was handled: returns false when it was seen
   * before (a duplicate of at-least-once delivery), true otherwise; the topic's last offset
   * becomes `offset` either way.
   */
  recordEvent(scope: string, topic: string, offset: string, at: number): Promise<boolean>;
  getEventOffset(scope: string, topic: string): Promise<string | undefined>;
  /** Forgets seen-event markers older than `before` (the last offsets are kept). */
  pruneEvents(before: number): Promise<void>;

  close(): Promise<void>;
}

/** The connection and lease methods: an adapter builds them apart from its record methods. */
export type StateStoreConnectionMethod =
  | 'saveConnection'
  | 'getConnection'
  | 'listConnections'
  | 'deleteConnection'
  | 'compareAndSetTokens'
  | 'acquireLease'
  | 'releaseLease';
