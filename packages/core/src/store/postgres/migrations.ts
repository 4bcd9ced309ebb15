import { inTransaction, type PostgresPool } from './pg-types.js';

/**
 * Schema migrations for PostgreSQL, applied in order; `migrations` records which ran.
 * Append new steps, never edit a released one. Every table lives in the store's schema
 * (default `fortnox_kit`), so the kit's tables stay apart from the host's.
 */
export const POSTGRES_MIGRATIONS: readonly string[] = [
  `CREATE TABLE connections (
     id TEXT PRIMARY KEY, data TEXT NOT NULL, secret TEXT, token_version INTEGER NOT NULL);
   CREATE TABLE leases (key TEXT PRIMARY KEY, holder TEXT NOT NULL, expires_at BIGINT NOT NULL);
   CREATE TABLE links (
     connection_id TEXT NOT NULL, register TEXT NOT NULL, host_id TEXT NOT NULL,
     fortnox_number TEXT NOT NULL, synced_at BIGINT NOT NULL, host_hash TEXT, fortnox_hash TEXT,
     PRIMARY KEY (connection_id, register, host_id),
     UNIQUE (connection_id, register, fortnox_number));
   CREATE TABLE cursors (
     connection_id TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,
     PRIMARY KEY (connection_id, key));
   CREATE TABLE sync_runs (
     id TEXT PRIMARY KEY, connection_id TEXT NOT NULL, started_at BIGINT NOT NULL,
     data TEXT NOT NULL);
   CREATE INDEX sync_runs_by_connection ON sync_runs (connection_id, started_at DESC);
   CREATE TABLE sync_log (
     run_id TEXT NOT NULL, seq INTEGER NOT NULL, data TEXT NOT NULL,
     PRIMARY KEY (run_id, seq));
   CREATE TABLE journal (
     connection_id TEXT NOT NULL, host_order_id TEXT NOT NULL, idempotency_key TEXT NOT NULL,
     state TEXT NOT NULL, created_at BIGINT NOT NULL, data TEXT NOT NULL,
     PRIMARY KEY (connection_id, host_order_id, idempotency_key));
   CREATE INDEX journal_by_state ON journal (connection_id, state);
   CREATE TABLE event_offsets (
     scope TEXT NOT NULL, topic TEXT NOT NULL, "offset" TEXT NOT NULL,
     PRIMARY KEY (scope, topic));
   CREATE TABLE seen_events (
     scope TEXT NOT NULL, topic TEXT NOT NULL, "offset" TEXT NOT NULL, at BIGINT NOT NULL,
     PRIMARY KEY (scope, topic, "offset"));
   CREATE INDEX seen_events_by_time ON seen_events (at);`,
  // The shared rate limiter's window: throwaway state, so unlogged (faster, lost on a crash).
  `CREATE UNLOGGED TABLE rate_grants (key TEXT NOT NULL, at BIGINT NOT NULL);
   CREATE INDEX rate_grants_by_key ON rate_grants (key, at);
   CREATE UNLOGGED TABLE rate_pauses (key TEXT PRIMARY KEY, until BIGINT NOT NULL);`,
  // Customers and articles created during a send (decisions/110).
  `CREATE TABLE create_journal (
     connection_id TEXT NOT NULL, register TEXT NOT NULL, host_id TEXT NOT NULL,
     state TEXT NOT NULL, data TEXT NOT NULL,
     PRIMARY KEY (connection_id, register, host_id));`,
];

/** A schema name as an SQL identifier; only plain lower-case names are accepted. */
export function schemaIdentifier(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new TypeError(`Invalid PostgreSQL schema name: ${JSON.stringify(schema)}`);
  }
  return `"${schema}"`;
}

/**
 * Brings the schema to the newest version. One transaction under a transaction-scoped
 * advisory lock, so processes starting at once migrate one after another, exactly once.
 */
export async function migratePostgres(pool: PostgresPool, schema: string): Promise<number> {
  const s = schemaIdentifier(schema);
  await inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
      `fortnox-kit:migrate:${schema}`,
    ]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${s}.migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`,
    );
    const { rows } = await client.query<{ version: number | null }>(
      `SELECT max(version) AS version FROM ${s}.migrations`,
    );
    const current = rows[0]?.version ?? 0;
    await client.query(`SET LOCAL search_path TO ${s}`);
    for (let version = current; version < POSTGRES_MIGRATIONS.length; version++) {
      await client.query(POSTGRES_MIGRATIONS[version] as string);
      await client.query(`INSERT INTO ${s}.migrations (version) VALUES ($1)`, [version + 1]);
    }
  });
  return POSTGRES_MIGRATIONS.length;
}
