import BetterSqlite3 from 'better-sqlite3';
import { type Clock, systemClock } from '../../env/clock.js';
import type { StateStore } from '../state-store.js';
import { type EncryptionKey, resolveCipher, type TokenCipher } from '../token-cipher.js';
import { migrate } from './migrations.js';
import { sqliteConnectionMethods } from './sqlite-connections.js';
import { sqliteCreateJournal } from './sqlite-create-journal.js';
import { asBetterSqlite3, type SqliteDatabase } from './sqlite-database.js';
import { sqliteJournalMethods } from './sqlite-journal.js';
import { sqliteLinkMethods } from './sqlite-links.js';
import { sqlitePositionMethods } from './sqlite-positions.js';
import { sqliteRunMethods } from './sqlite-runs.js';

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

/**
 * The embedded default {@link StateStore}: one SQLite file (WAL mode), migrated on open.
 * Safe for several processes on one machine: leases, token compare-and-set and journal
 * creation are single statements or IMMEDIATE transactions.
 *
 * Composed of one part per record kind (decisions/130): connections and leases, links,
 * sync runs, the send journal, cursors and event offsets.
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
  return {
    ...sqliteConnectionMethods(db, cipher, clock),
    ...sqliteLinkMethods(db),
    ...sqliteRunMethods(db),
    ...sqliteJournalMethods(db),
    ...sqlitePositionMethods(db),
    ...sqliteCreateJournal(db),
    async close() {
      if (typeof options.database === 'string') db.close();
    },
  };
}
