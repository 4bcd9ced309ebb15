import type { CreateJournalMethods } from '../create-journal-methods.js';
import { CreateJournalEntry } from '../records.js';
import type { createSql } from './postgres-records.js';

/** The create journal of the PostgreSQL store: one row per host record, JSON in `data`. */
export function postgresCreateJournal({
  q,
  one,
}: ReturnType<typeof createSql>): CreateJournalMethods {
  return {
    async putCreateJournalEntry(input) {
      const entry = CreateJournalEntry.parse(input);
      await q(
        `INSERT INTO $schema.create_journal (connection_id, register, host_id, state, data)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (connection_id, register, host_id)
         DO UPDATE SET state = excluded.state, data = excluded.data`,
        [entry.connectionId, entry.register, entry.hostId, entry.state, JSON.stringify(entry)],
      );
      return entry;
    },
    getCreateJournalEntry: (key) =>
      one(
        'SELECT data FROM $schema.create_journal WHERE connection_id = $1 AND register = $2 AND host_id = $3',
        [key.connectionId, key.register, key.hostId],
        (row) => CreateJournalEntry.parse(JSON.parse(String(row.data))),
      ),
  };
}
