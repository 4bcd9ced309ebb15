import { JournalEntry, type JournalKey } from '../records.js';
import type { StateStore } from '../state-store.js';
import type { BetterSqlite3Database } from './sqlite-database.js';

/** The send journal methods of the SQLite store. */
export type SqliteJournalMethods = Pick<
  StateStore,
  | 'beginJournalEntry'
  | 'updateJournalEntry'
  | 'getJournalEntry'
  | 'listJournalByOrder'
  | 'listJournalByState'
>;

/**
 * The send journal: one row per (connection, host order, idempotency key). Beginning an
 * entry is a single INSERT … ON CONFLICT DO NOTHING, so only one process creates it.
 */
export function sqliteJournalMethods(db: BetterSqlite3Database): SqliteJournalMethods {
  const insertJournal = db.prepare(
    'INSERT INTO journal (connection_id, host_order_id, idempotency_key, state, created_at, data) VALUES (@connectionId, @hostOrderId, @idempotencyKey, @state, @createdAt, @data) ON CONFLICT DO NOTHING',
  );
  const getJournal = db.prepare<[string, string, string], { data: string }>(
    'SELECT data FROM journal WHERE connection_id = ? AND host_order_id = ? AND idempotency_key = ?',
  );
  const updateJournal = db.prepare(
    'UPDATE journal SET state = @state, data = @data WHERE connection_id = @connectionId AND host_order_id = @hostOrderId AND idempotency_key = @idempotencyKey',
  );
  const readJournal = (key: JournalKey) => {
    const row = getJournal.get(key.connectionId, key.hostOrderId, key.idempotencyKey);
    return row ? JournalEntry.parse(JSON.parse(row.data)) : undefined;
  };
  const list = (where: string, ...values: string[]) =>
    db
      .prepare<string[], { data: string }>(
        `SELECT data FROM journal WHERE connection_id = ? AND ${where} ORDER BY created_at`,
      )
      .all(...values)
      .map((row) => JournalEntry.parse(JSON.parse(row.data)));
  return {
    async beginJournalEntry(input) {
      const entry = JournalEntry.parse(input);
      const created = insertJournal.run({ ...entry, data: JSON.stringify(entry) }).changes === 1;
      return { entry: readJournal(entry) ?? entry, created };
    },
    async updateJournalEntry(key, patch, now) {
      const current = readJournal(key);
      if (!current) throw new Error(`No journal entry for order ${key.hostOrderId}`);
      const next = JournalEntry.parse({ ...current, ...patch, updatedAt: now });
      updateJournal.run({ ...key, state: next.state, data: JSON.stringify(next) });
      return next;
    },
    async getJournalEntry(key) {
      return readJournal(key);
    },
    async listJournalByOrder(connectionId, hostOrderId) {
      return list('host_order_id = ?', connectionId, hostOrderId);
    },
    async listJournalByState(connectionId, states) {
      if (states.length === 0) return [];
      const marks = states.map(() => '?').join(', ');
      return list(`state IN (${marks})`, connectionId, ...states);
    },
  };
}
