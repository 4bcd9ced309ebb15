import { asBetterSqlite3, type SqliteDatabase } from './sqlite-database.js';

/**
 * Schema migrations, applied in order; `PRAGMA user_version` records how many ran. Append
 * new steps, never edit a released one.
 */
export const SQLITE_MIGRATIONS: readonly string[] = [
  `CREATE TABLE connections (id TEXT PRIMARY KEY, data TEXT NOT NULL, secret TEXT);
   CREATE TABLE leases (key TEXT PRIMARY KEY, holder TEXT NOT NULL, expires_at INTEGER NOT NULL);
   CREATE TABLE links (
     connection_id TEXT NOT NULL, register TEXT NOT NULL, host_id TEXT NOT NULL,
     fortnox_number TEXT NOT NULL, synced_at INTEGER NOT NULL, host_hash TEXT, fortnox_hash TEXT,
     PRIMARY KEY (connection_id, register, host_id),
     UNIQUE (connection_id, register, fortnox_number));
   CREATE TABLE cursors (
     connection_id TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,
     PRIMARY KEY (connection_id, key));
   CREATE TABLE sync_runs (
     id TEXT PRIMARY KEY, connection_id TEXT NOT NULL, started_at INTEGER NOT NULL,
     data TEXT NOT NULL);
   CREATE INDEX sync_runs_by_connection ON sync_runs (connection_id, started_at DESC);
   CREATE TABLE sync_log (
     run_id TEXT NOT NULL, seq INTEGER NOT NULL, data TEXT NOT NULL,
     PRIMARY KEY (run_id, seq));
   CREATE TABLE journal (
     connection_id TEXT NOT NULL, host_order_id TEXT NOT NULL, idempotency_key TEXT NOT NULL,
     state TEXT NOT NULL, created_at INTEGER NOT NULL, data TEXT NOT NULL,
     PRIMARY KEY (connection_id, host_order_id, idempotency_key));
   CREATE INDEX journal_by_state ON journal (connection_id, state);
   CREATE TABLE event_offsets (
     scope TEXT NOT NULL, topic TEXT NOT NULL, offset TEXT NOT NULL,
     PRIMARY KEY (scope, topic));
   CREATE TABLE seen_events (
     scope TEXT NOT NULL, topic TEXT NOT NULL, offset TEXT NOT NULL, at INTEGER NOT NULL,
     PRIMARY KEY (scope, topic, offset));
   CREATE INDEX seen_events_by_time ON seen_events (at);`,
  // Customers and articles created during a send (decisions/110).
  `CREATE TABLE create_journal (
     connection_id TEXT NOT NULL, register TEXT NOT NULL, host_id TEXT NOT NULL,
     state TEXT NOT NULL, data TEXT NOT NULL,
     PRIMARY KEY (connection_id, register, host_id));`,
];

/**
 * Brings the database to the newest schema. Runs in one write-locked (IMMEDIATE)
 * transaction, so two processes opening the same file do not both migrate.
 */
export function migrate(database: SqliteDatabase): number {
  const db = asBetterSqlite3(database);
  db.transaction(() => {
    const current = db.pragma('user_version', { simple: true }) as number;
    for (let version = current; version < SQLITE_MIGRATIONS.length; version++) {
      db.exec(SQLITE_MIGRATIONS[version] as string);
    }
    db.pragma(`user_version = ${SQLITE_MIGRATIONS.length}`);
  }).immediate();
  return SQLITE_MIGRATIONS.length;
}
