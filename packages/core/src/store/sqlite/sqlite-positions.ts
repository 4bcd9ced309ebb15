import type { StateStore } from '../state-store.js';
import type { BetterSqlite3Database } from './sqlite-database.js';

/** The cursor and event methods of the SQLite store. */
export type SqlitePositionMethods = Pick<
  StateStore,
  'getCursor' | 'setCursor' | 'recordEvent' | 'getEventOffset' | 'pruneEvents'
>;

/**
 * Where each feed was read up to: sync cursors, and the WebSocket events seen with the
 * offset per topic. An event is recorded and its offset moved in one transaction.
 */
export function sqlitePositionMethods(db: BetterSqlite3Database): SqlitePositionMethods {
  const insertSeen = db.prepare(
    'INSERT INTO seen_events (scope, topic, offset, at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
  );
  const putOffset = db.prepare(
    'INSERT INTO event_offsets (scope, topic, offset) VALUES (?, ?, ?) ON CONFLICT (scope, topic) DO UPDATE SET offset = excluded.offset',
  );
  const recordEvent = db.transaction((scope: string, topic: string, offset: string, at: number) => {
    const fresh = insertSeen.run(scope, topic, offset, at).changes === 1;
    putOffset.run(scope, topic, offset);
    return fresh;
  });
  const readText = (sql: string, keys: [string, string]) =>
    db.prepare<[string, string], { text: string }>(sql).get(...keys)?.text;
  return {
    async getCursor(connectionId, key) {
      return readText('SELECT value AS text FROM cursors WHERE connection_id = ? AND key = ?', [
        connectionId,
        key,
      ]);
    },
    async setCursor(connectionId, key, value) {
      db.prepare(
        'INSERT INTO cursors (connection_id, key, value) VALUES (?, ?, ?) ON CONFLICT (connection_id, key) DO UPDATE SET value = excluded.value',
      ).run(connectionId, key, value);
    },

    async recordEvent(scope, topic, offset, at) {
      return recordEvent(scope, topic, offset, at);
    },
    async getEventOffset(scope, topic) {
      return readText('SELECT offset AS text FROM event_offsets WHERE scope = ? AND topic = ?', [
        scope,
        topic,
      ]);
    },
    async pruneEvents(before) {
      db.prepare('DELETE FROM seen_events WHERE at < ?').run(before);
    },
  };
}
