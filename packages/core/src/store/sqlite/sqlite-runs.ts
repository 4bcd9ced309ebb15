import { SyncLogEntry, SyncRunRecord } from '../records.js';
import type { StateStore } from '../state-store.js';
import type { BetterSqlite3Database } from './sqlite-database.js';

/** The sync run methods of the SQLite store. */
export type SqliteRunMethods = Pick<
  StateStore,
  'createRun' | 'updateRun' | 'getRun' | 'listRuns' | 'appendRunLog' | 'listRunLog'
>;

/** Sync runs (one JSON document each) and their log, appended in one transaction. */
export function sqliteRunMethods(db: BetterSqlite3Database): SqliteRunMethods {
  const insertRun = db.prepare(
    'INSERT INTO sync_runs (id, connection_id, started_at, data) VALUES (@id, @connectionId, @startedAt, @data)',
  );
  const getRun = db.prepare<[string], { data: string }>('SELECT data FROM sync_runs WHERE id = ?');
  const insertLog = db.prepare('INSERT INTO sync_log (run_id, seq, data) VALUES (?, ?, ?)');
  const appendLog = db.transaction((entries: readonly SyncLogEntry[]) => {
    for (const e of entries) insertLog.run(e.runId, e.seq, JSON.stringify(e));
  });
  const readRun = (id: string) => {
    const row = getRun.get(id);
    return row ? SyncRunRecord.parse(JSON.parse(row.data)) : undefined;
  };
  return {
    async createRun(input) {
      const run = SyncRunRecord.parse(input);
      insertRun.run({ ...run, data: JSON.stringify(run) });
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
  };
}
