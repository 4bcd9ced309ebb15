import type { CreateJournalMethods } from '../create-journal-methods.js';
import { CreateJournalEntry } from '../records.js';
import type { BetterSqlite3Database } from './sqlite-database.js';

/** The create journal of the SQLite store: one row per host record, JSON in `data`. */
export function sqliteCreateJournal(db: BetterSqlite3Database): CreateJournalMethods {
  const put = db.prepare(
    `INSERT INTO create_journal (connection_id, register, host_id, state, data)
     VALUES (@connectionId, @register, @hostId, @state, @data)
     ON CONFLICT (connection_id, register, host_id)
     DO UPDATE SET state = excluded.state, data = excluded.data`,
  );
  const get = db.prepare<[string, string, string], { data: string }>(
    'SELECT data FROM create_journal WHERE connection_id = ? AND register = ? AND host_id = ?',
  );
  return {
    async putCreateJournalEntry(input) {
      const entry = CreateJournalEntry.parse(input);
      put.run({ ...entry, data: JSON.stringify(entry) });
      return entry;
    },
    async getCreateJournalEntry(key) {
      const row = get.get(key.connectionId, key.register, key.hostId);
      return row ? CreateJournalEntry.parse(JSON.parse(row.data)) : undefined;
    },
  };
}
