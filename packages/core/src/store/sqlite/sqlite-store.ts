import BetterSqlite3 from 'better-sqlite3';
import { type Clock, systemClock } from '../../env/clock.js';
import { decodeConnection, type EncodedConnection, encodeConnection } from '../connection-codec.js';
import {
  JournalEntry,
  type JournalKey,
  RegisterLink,
  type RegisterLinkInput,
  SyncLogEntry,
  SyncRunRecord,
} from '../records.js';
import type { StateStore } from '../state-store.js';
import { type EncryptionKey, resolveCipher, type TokenCipher } from '../token-cipher.js';
import { migrate } from './migrations.js';
import { sqliteCreateJournal } from './sqlite-create-journal.js';
import { asBetterSqlite3, type SqliteDatabase } from './sqlite-database.js';

/** Options of {@link createSqliteStateStore}. */
export interface SqliteStateStoreOptions {
  /** A file path, `':memory:'`, or an open better-sqlite3 database. */
  database: string | SqliteDatabase;
  /** Key that encrypts tokens (32 bytes). Ignored when `cipher` is given. */
  encryptionKey?: EncryptionKey;
  cipher?: TokenCipher;
  /** @default systemClock */
  clock?: Clock;
}

interface LinkRow {
  connection_id: string;
  register: string;
  host_id: string;
  fortnox_number: string;
  synced_at: number;
  host_hash: string | null;
  fortnox_hash: string | null;
}

/**
 * The embedded default {@link StateStore}: one SQLite file (WAL mode), migrated on open.
 * Safe for several processes on one machine: leases, token compare-and-set and journal
 * creation are single statements or IMMEDIATE transactions.
 *
 * @example
 * import { createSqliteStateStore } from '@fortnox-kit/core/sqlite';
 * const store = createSqliteStateStore({ database: './fortnox-kit.db', encryptionKey });
 */
export function createSqliteStateStore(options: SqliteStateStoreOptions): StateStore {
  const cipher = resolveCipher(options);
  const clock = options.clock ?? systemClock;
  const db =
    typeof options.database === 'string'
      ? new BetterSqlite3(options.database)
      : asBetterSqlite3(options.database);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  migrate(db);

  const q = {
    getConnection: db.prepare<[string], EncodedConnection>(
      'SELECT id, data, secret FROM connections WHERE id = ?',
    ),
    putConnection: db.prepare(
      'INSERT INTO connections (id, data, secret) VALUES (@id, @data, @secret) ON CONFLICT (id) DO UPDATE SET data = excluded.data, secret = excluded.secret',
    ),
    casConnection: db.prepare(
      "UPDATE connections SET data = @data, secret = @secret WHERE id = @id AND json_extract(data, '$.tokenVersion') = @expected",
    ),
    acquireLease: db.prepare(
      'INSERT INTO leases (key, holder, expires_at) VALUES (@key, @holder, @expiresAt) ON CONFLICT (key) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at WHERE leases.holder = excluded.holder OR leases.expires_at <= @now',
    ),
    deleteLinkConflicts: db.prepare(
      'DELETE FROM links WHERE connection_id = @connectionId AND register = @register AND (host_id = @hostId OR fortnox_number = @fortnoxNumber)',
    ),
    insertLink: db.prepare(
      'INSERT INTO links (connection_id, register, host_id, fortnox_number, synced_at, host_hash, fortnox_hash) VALUES (@connectionId, @register, @hostId, @fortnoxNumber, @syncedAt, @hostHash, @fortnoxHash)',
    ),
    linkByHost: db.prepare<[string, string, string], LinkRow>(
      'SELECT * FROM links WHERE connection_id = ? AND register = ? AND host_id = ?',
    ),
    linkByNumber: db.prepare<[string, string, string], LinkRow>(
      'SELECT * FROM links WHERE connection_id = ? AND register = ? AND fortnox_number = ?',
    ),
    insertRun: db.prepare(
      'INSERT INTO sync_runs (id, connection_id, started_at, data) VALUES (@id, @connectionId, @startedAt, @data)',
    ),
    getRun: db.prepare<[string], { data: string }>('SELECT data FROM sync_runs WHERE id = ?'),
    insertLog: db.prepare('INSERT INTO sync_log (run_id, seq, data) VALUES (?, ?, ?)'),
    insertJournal: db.prepare(
      'INSERT INTO journal (connection_id, host_order_id, idempotency_key, state, created_at, data) VALUES (@connectionId, @hostOrderId, @idempotencyKey, @state, @createdAt, @data) ON CONFLICT DO NOTHING',
    ),
    getJournal: db.prepare<[string, string, string], { data: string }>(
      'SELECT data FROM journal WHERE connection_id = ? AND host_order_id = ? AND idempotency_key = ?',
    ),
    updateJournal: db.prepare(
      'UPDATE journal SET state = @state, data = @data WHERE connection_id = @connectionId AND host_order_id = @hostOrderId AND idempotency_key = @idempotencyKey',
    ),
    insertSeen: db.prepare(
      'INSERT INTO seen_events (scope, topic, offset, at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
    ),
    putOffset: db.prepare(
      'INSERT INTO event_offsets (scope, topic, offset) VALUES (?, ?, ?) ON CONFLICT (scope, topic) DO UPDATE SET offset = excluded.offset',
    ),
  };

  const toLink = (row: LinkRow) =>
    RegisterLink.parse({
      connectionId: row.connection_id,
      register: row.register,
      hostId: row.host_id,
      fortnoxNumber: row.fortnox_number,
      syncedAt: row.synced_at,
      hostHash: row.host_hash,
      fortnoxHash: row.fortnox_hash,
    });
  const putLinks = db.transaction((links: readonly RegisterLinkInput[]) => {
    for (const link of links) {
      const row = RegisterLink.parse(link);
      q.deleteLinkConflicts.run(row);
      q.insertLink.run(row);
    }
  });
  const appendLog = db.transaction((entries: readonly SyncLogEntry[]) => {
    for (const e of entries) q.insertLog.run(e.runId, e.seq, JSON.stringify(e));
  });
  const recordEvent = db.transaction((scope: string, topic: string, offset: string, at: number) => {
    const fresh = q.insertSeen.run(scope, topic, offset, at).changes === 1;
    q.putOffset.run(scope, topic, offset);
    return fresh;
  });
  const readJournal = (key: JournalKey) => {
    const row = q.getJournal.get(key.connectionId, key.hostOrderId, key.idempotencyKey);
    return row ? JournalEntry.parse(JSON.parse(row.data)) : undefined;
  };
  const readRun = (id: string) => {
    const row = q.getRun.get(id);
    return row ? SyncRunRecord.parse(JSON.parse(row.data)) : undefined;
  };

  return {
    async saveConnection(input) {
      const { record, encoded } = await encodeConnection(input, cipher);
      q.putConnection.run(encoded);
      return record;
    },
    async getConnection(id) {
      const row = q.getConnection.get(id);
      return row ? decodeConnection(row, cipher) : undefined;
    },
    async listConnections() {
      const rows = db.prepare<[], EncodedConnection>('SELECT id, data, secret FROM connections');
      return Promise.all(rows.all().map((row) => decodeConnection(row, cipher)));
    },
    async deleteConnection(id) {
      db.prepare('DELETE FROM connections WHERE id = ?').run(id);
    },
    async compareAndSetTokens(id, expectedVersion, tokens, patch) {
      const row = q.getConnection.get(id);
      if (!row) return undefined;
      const current = await decodeConnection(row, cipher);
      if (current.tokenVersion !== expectedVersion) return undefined;
      const next = { ...current, ...patch, tokens, tokenVersion: expectedVersion + 1 };
      const { record, encoded } = await encodeConnection(
        { ...next, updatedAt: clock.now() },
        cipher,
      );
      const changes = q.casConnection.run({ ...encoded, expected: expectedVersion }).changes;
      return changes === 1 ? record : undefined;
    },

    async acquireLease(key, holder, expiresAt, now) {
      return q.acquireLease.run({ key, holder, expiresAt, now }).changes === 1;
    },
    async releaseLease(key, holder) {
      db.prepare('DELETE FROM leases WHERE key = ? AND holder = ?').run(key, holder);
    },

    async putLinks(links) {
      putLinks(links);
    },
    async getLinkByHostId(connectionId, register, hostId) {
      const row = q.linkByHost.get(connectionId, register, hostId);
      return row ? toLink(row) : undefined;
    },
    async getLinkByFortnoxNumber(connectionId, register, fortnoxNumber) {
      const row = q.linkByNumber.get(connectionId, register, fortnoxNumber);
      return row ? toLink(row) : undefined;
    },
    async countLinks(connectionId, register) {
      const row = db
        .prepare<[string, string], { n: number }>(
          'SELECT count(*) AS n FROM links WHERE connection_id = ? AND register = ?',
        )
        .get(connectionId, register);
      return row?.n ?? 0;
    },
    async deleteLink(connectionId, register, hostId) {
      db.prepare('DELETE FROM links WHERE connection_id = ? AND register = ? AND host_id = ?').run(
        connectionId,
        register,
        hostId,
      );
    },

    async getCursor(connectionId, key) {
      const row = db
        .prepare<[string, string], { value: string }>(
          'SELECT value FROM cursors WHERE connection_id = ? AND key = ?',
        )
        .get(connectionId, key);
      return row?.value;
    },
    async setCursor(connectionId, key, value) {
      db.prepare(
        'INSERT INTO cursors (connection_id, key, value) VALUES (?, ?, ?) ON CONFLICT (connection_id, key) DO UPDATE SET value = excluded.value',
      ).run(connectionId, key, value);
    },

    async createRun(input) {
      const run = SyncRunRecord.parse(input);
      q.insertRun.run({ ...run, data: JSON.stringify(run) });
      return run;
    },
    async updateRun(id, patch) {
      const run = readRun(id);
      if (!run) throw new Error(`No sync run ${id}`);
      const next = SyncRunRecord.parse({ ...run, ...patch });
      db.prepare('UPDATE sync_runs SET data = ? WHERE id = ?').run(JSON.stringify(next), id);
      return next;
    },
    async getRun(id) {
      return readRun(id);
    },
    async listRuns(connectionId, limit = 20) {
      return db
        .prepare<[string, number], { data: string }>(
          'SELECT data FROM sync_runs WHERE connection_id = ? ORDER BY started_at DESC, id DESC LIMIT ?',
        )
        .all(connectionId, limit)
        .map((row) => SyncRunRecord.parse(JSON.parse(row.data)));
    },
    async appendRunLog(entries) {
      appendLog(entries.map((e) => SyncLogEntry.parse(e)));
    },
    async listRunLog(runId, options = {}) {
      return db
        .prepare<[string, number, number], { data: string }>(
          'SELECT data FROM sync_log WHERE run_id = ? ORDER BY seq LIMIT ? OFFSET ?',
        )
        .all(runId, options.limit ?? -1, options.offset ?? 0)
        .map((row) => SyncLogEntry.parse(JSON.parse(row.data)));
    },

    async beginJournalEntry(input) {
      const entry = JournalEntry.parse(input);
      const created = q.insertJournal.run({ ...entry, data: JSON.stringify(entry) }).changes === 1;
      return { entry: readJournal(entry) ?? entry, created };
    },
    async updateJournalEntry(key, patch, now) {
      const current = readJournal(key);
      if (!current) throw new Error(`No journal entry for order ${key.hostOrderId}`);
      const next = JournalEntry.parse({ ...current, ...patch, updatedAt: now });
      q.updateJournal.run({ ...key, state: next.state, data: JSON.stringify(next) });
      return next;
    },
    async getJournalEntry(key) {
      return readJournal(key);
    },
    async listJournalByOrder(connectionId, hostOrderId) {
      return db
        .prepare<[string, string], { data: string }>(
          'SELECT data FROM journal WHERE connection_id = ? AND host_order_id = ? ORDER BY created_at',
        )
        .all(connectionId, hostOrderId)
        .map((row) => JournalEntry.parse(JSON.parse(row.data)));
    },
    async listJournalByState(connectionId, states) {
      if (states.length === 0) return [];
      const marks = states.map(() => '?').join(', ');
      return db
        .prepare<string[], { data: string }>(
          `SELECT data FROM journal WHERE connection_id = ? AND state IN (${marks}) ORDER BY created_at`,
        )
        .all(connectionId, ...states)
        .map((row) => JournalEntry.parse(JSON.parse(row.data)));
    },
    ...sqliteCreateJournal(db),

    async recordEvent(scope, topic, offset, at) {
      return recordEvent(scope, topic, offset, at);
    },
    async getEventOffset(scope, topic) {
      const row = db
        .prepare<[string, string], { offset: string }>(
          'SELECT offset FROM event_offsets WHERE scope = ? AND topic = ?',
        )
        .get(scope, topic);
      return row?.offset;
    },
    async pruneEvents(before) {
      db.prepare('DELETE FROM seen_events WHERE at < ?').run(before);
    },

    async close() {
      if (typeof options.database === 'string') db.close();
    },
  };
}
