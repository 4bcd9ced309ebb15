import {
  JournalEntry,
  type JournalKey,
  RegisterLink,
  SyncLogEntry,
  SyncRunRecord,
} from '../records.js';
import type { StateStore, StateStoreConnectionMethod } from '../state-store.js';
import { inTransaction, type PostgresPool, type PostgresQueryable } from './pg-types.js';

type Row = Record<string, unknown>;

/** Queries against the store's schema: `$schema` in the text names it. */
export function createSql(pool: PostgresPool, schemaIdentifier: string) {
  const q = <R = Row>(text: string, values?: unknown[], on: PostgresQueryable = pool) =>
    on.query<R>(text.replaceAll('$schema', schemaIdentifier), values);
  const one = async <T>(text: string, values: unknown[], map: (row: Row) => T) => {
    const row = (await q(text, values)).rows[0];
    return row ? map(row) : undefined;
  };
  return { q, one, schema: schemaIdentifier };
}

type Sql = ReturnType<typeof createSql>;

const data =
  <T>(parse: (v: unknown) => T) =>
  (row: Row) =>
    parse(JSON.parse(String(row.data)));
const toLink = (row: Row) =>
  RegisterLink.parse({
    connectionId: row.connection_id,
    register: row.register,
    hostId: row.host_id,
    fortnoxNumber: row.fortnox_number,
    syncedAt: Number(row.synced_at),
    hostHash: row.host_hash,
    fortnoxHash: row.fortnox_hash,
  });

type RecordMethods = Omit<
  StateStore,
  'lock' | StateStoreConnectionMethod | 'putCreateJournalEntry' | 'getCreateJournalEntry' | 'close'
>;

/** Links, cursors, sync runs and their log, the send journal and event offsets. */
export function postgresRecordMethods({ q, one }: Sql, pool: PostgresPool): RecordMethods {
  const readRun = (id: string) =>
    one('SELECT data FROM $schema.sync_runs WHERE id = $1', [id], data(SyncRunRecord.parse));
  const readJournal = (key: JournalKey) =>
    one(
      'SELECT data FROM $schema.journal WHERE connection_id = $1 AND host_order_id = $2 AND idempotency_key = $3',
      [key.connectionId, key.hostOrderId, key.idempotencyKey],
      data(JournalEntry.parse),
    );
  return {
    async putLinks(links) {
      if (links.length === 0) return;
      const parsed = links.map((input) => RegisterLink.parse(input));
      await inTransaction(pool, async (client) => {
        // Delete-then-insert races a concurrent writer of the same link (READ COMMITTED):
        // serialize per connection and register, in one order, so the delete sees its insert.
        const locks = [...new Set(parsed.map((l) => `links:${l.connectionId}:${l.register}`))];
        for (const lock of locks.sort())
          await q('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [lock], client);
        for (const l of parsed) {
          const key = [l.connectionId, l.register, l.hostId, l.fortnoxNumber];
          await q(
            'DELETE FROM $schema.links WHERE connection_id = $1 AND register = $2 AND (host_id = $3 OR fortnox_number = $4)',
            key,
            client,
          );
          await q(
            'INSERT INTO $schema.links (connection_id, register, host_id, fortnox_number, synced_at, host_hash, fortnox_hash) VALUES ($1, $2, $3, $4, $5, $6, $7)',
            [...key, l.syncedAt, l.hostHash, l.fortnoxHash],
            client,
          );
        }
      });
    },
    getLinkByHostId: (connectionId, register, hostId) =>
      one(
        'SELECT * FROM $schema.links WHERE connection_id = $1 AND register = $2 AND host_id = $3',
        [connectionId, register, hostId],
        toLink,
      ),
    getLinkByFortnoxNumber: (connectionId, register, fortnoxNumber) =>
      one(
        'SELECT * FROM $schema.links WHERE connection_id = $1 AND register = $2 AND fortnox_number = $3',
        [connectionId, register, fortnoxNumber],
        toLink,
      ),
    async countLinks(connectionId, register) {
      const count = await one(
        'SELECT count(*) AS n FROM $schema.links WHERE connection_id = $1 AND register = $2',
        [connectionId, register],
        (row) => Number(row.n),
      );
      return count ?? 0;
    },
    async deleteLink(connectionId, register, hostId) {
      await q(
        'DELETE FROM $schema.links WHERE connection_id = $1 AND register = $2 AND host_id = $3',
        [connectionId, register, hostId],
      );
    },

    getCursor: (connectionId, key) =>
      one(
        'SELECT value FROM $schema.cursors WHERE connection_id = $1 AND key = $2',
        [connectionId, key],
        (row) => String(row.value),
      ),
    async setCursor(connectionId, key, value) {
      await q(
        `INSERT INTO $schema.cursors (connection_id, key, value) VALUES ($1, $2, $3)
         ON CONFLICT (connection_id, key) DO UPDATE SET value = excluded.value`,
        [connectionId, key, value],
      );
    },

    async createRun(input) {
      const run = SyncRunRecord.parse(input);
      await q(
        'INSERT INTO $schema.sync_runs (id, connection_id, started_at, data) VALUES ($1, $2, $3, $4)',
        [run.id, run.connectionId, run.startedAt, JSON.stringify(run)],
      );
      return run;
    },
    async updateRun(id, patch) {
      const run = await readRun(id);
      if (!run) throw new Error(`No sync run ${id}`);
      const next = SyncRunRecord.parse({ ...run, ...patch });
      await q('UPDATE $schema.sync_runs SET data = $2 WHERE id = $1', [id, JSON.stringify(next)]);
      return next;
    },
    getRun: readRun,
    async listRuns(connectionId, limit = 20) {
      const { rows } = await q(
        'SELECT data FROM $schema.sync_runs WHERE connection_id = $1 ORDER BY started_at DESC, id DESC LIMIT $2',
        [connectionId, limit],
      );
      return rows.map(data(SyncRunRecord.parse));
    },
    async appendRunLog(entries) {
      if (entries.length === 0) return;
      const parsed = entries.map((e) => SyncLogEntry.parse(e));
      await q(
        'INSERT INTO $schema.sync_log (run_id, seq, data) SELECT * FROM unnest($1::text[], $2::int[], $3::text[])',
        [
          parsed.map((e) => e.runId),
          parsed.map((e) => e.seq),
          parsed.map((e) => JSON.stringify(e)),
        ],
      );
    },
    async listRunLog(runId, options = {}) {
      const { rows } = await q(
        'SELECT data FROM $schema.sync_log WHERE run_id = $1 ORDER BY seq LIMIT $2 OFFSET $3',
        [runId, options.limit ?? null, options.offset ?? 0],
      );
      return rows.map(data(SyncLogEntry.parse));
    },

    async beginJournalEntry(input) {
      const entry = JournalEntry.parse(input);
      const { rowCount } = await q(
        `INSERT INTO $schema.journal (connection_id, host_order_id, idempotency_key, state, created_at, data)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
        [
          entry.connectionId,
          entry.hostOrderId,
          entry.idempotencyKey,
          entry.state,
          entry.createdAt,
          JSON.stringify(entry),
        ],
      );
      return { entry: (await readJournal(entry)) ?? entry, created: rowCount === 1 };
    },
    async updateJournalEntry(key, patch, now) {
      const current = await readJournal(key);
      if (!current) throw new Error(`No journal entry for order ${key.hostOrderId}`);
      const next = JournalEntry.parse({ ...current, ...patch, updatedAt: now });
      await q(
        'UPDATE $schema.journal SET state = $4, data = $5 WHERE connection_id = $1 AND host_order_id = $2 AND idempotency_key = $3',
        [key.connectionId, key.hostOrderId, key.idempotencyKey, next.state, JSON.stringify(next)],
      );
      return next;
    },
    getJournalEntry: readJournal,
    async listJournalByOrder(connectionId, hostOrderId) {
      const { rows } = await q(
        'SELECT data FROM $schema.journal WHERE connection_id = $1 AND host_order_id = $2 ORDER BY created_at',
        [connectionId, hostOrderId],
      );
      return rows.map(data(JournalEntry.parse));
    },
    async listJournalByState(connectionId, states) {
      if (states.length === 0) return [];
      const { rows } = await q(
        'SELECT data FROM $schema.journal WHERE connection_id = $1 AND state = ANY($2::text[]) ORDER BY created_at',
        [connectionId, [...states]],
      );
      return rows.map(data(JournalEntry.parse));
    },

    recordEvent: (scope, topic, offset, at) =>
      inTransaction(pool, async (client) => {
        const { rowCount } = await q(
          'INSERT INTO $schema.seen_events (scope, topic, "offset", at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING',
          [scope, topic, offset, at],
          client,
        );
        await q(
          `INSERT INTO $schema.event_offsets (scope, topic, "offset") VALUES ($1, $2, $3)
           ON CONFLICT (scope, topic) DO UPDATE SET "offset" = excluded."offset"`,
          [scope, topic, offset],
          client,
        );
        return rowCount === 1;
      }),
    getEventOffset: (scope, topic) =>
      one(
        'SELECT "offset" FROM $schema.event_offsets WHERE scope = $1 AND topic = $2',
        [scope, topic],
        (row) => String(row.offset),
      ),
    async pruneEvents(before) {
      await q('DELETE FROM $schema.seen_events WHERE at < $1', [before]);
    },
  };
}
