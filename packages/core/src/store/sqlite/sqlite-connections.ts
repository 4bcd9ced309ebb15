import type { Clock } from '../../env/clock.js';
import { decodeConnection, type EncodedConnection, encodeConnection } from '../connection-codec.js';
import type { StateStore, StateStoreConnectionMethod } from '../state-store.js';
import type { TokenCipher } from '../token-cipher.js';
import type { BetterSqlite3Database } from './sqlite-database.js';

/** The connection and lease methods of the SQLite store. */
export type SqliteConnectionMethods = Pick<StateStore, StateStoreConnectionMethod>;

/**
 * Connections (tokens encrypted by `cipher`) and leases. The token compare-and-set is one
 * UPDATE guarded by the stored `tokenVersion`, so two processes never both win a refresh.
 */
export function sqliteConnectionMethods(
  db: BetterSqlite3Database,
  cipher: TokenCipher,
  clock: Clock,
): SqliteConnectionMethods {
  const getConnection = db.prepare<[string], EncodedConnection>(
    'SELECT id, data, secret FROM connections WHERE id = ?',
  );
  const putConnection = db.prepare(
    'INSERT INTO connections (id, data, secret) VALUES (@id, @data, @secret) ON CONFLICT (id) DO UPDATE SET data = excluded.data, secret = excluded.secret',
  );
  const casConnection = db.prepare(
    "UPDATE connections SET data = @data, secret = @secret WHERE id = @id AND json_extract(data, '$.tokenVersion') = @expected",
  );
  const acquireLease = db.prepare(
    'INSERT INTO leases (key, holder, expires_at) VALUES (@key, @holder, @expiresAt) ON CONFLICT (key) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at WHERE leases.holder = excluded.holder OR leases.expires_at <= @now',
  );
  return {
    async saveConnection(input) {
      const { record, encoded } = await encodeConnection(input, cipher);
      putConnection.run(encoded);
      return record;
    },
    async getConnection(id) {
      const row = getConnection.get(id);
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
      const row = getConnection.get(id);
      if (!row) return undefined;
      const current = await decodeConnection(row, cipher);
      if (current.tokenVersion !== expectedVersion) return undefined;
      const next = { ...current, ...patch, tokens, tokenVersion: expectedVersion + 1 };
      const { record, encoded } = await encodeConnection(
        { ...next, updatedAt: clock.now() },
        cipher,
      );
      const changes = casConnection.run({ ...encoded, expected: expectedVersion }).changes;
      return changes === 1 ? record : undefined;
    },

    async acquireLease(key, holder, expiresAt, now) {
      return acquireLease.run({ key, holder, expiresAt, now }).changes === 1;
    },
    async releaseLease(key, holder) {
      db.prepare('DELETE FROM leases WHERE key = ? AND holder = ?').run(key, holder);
    },
  };
}
