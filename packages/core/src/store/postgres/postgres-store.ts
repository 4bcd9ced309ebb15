import type { Lock } from '../../connection/lock.js';
import { type Clock, systemClock } from '../../env/clock.js';
import type { RateLimiter } from '../../rate-limit/rate-limiter.js';
import { decodeConnection, type EncodedConnection, encodeConnection } from '../connection-codec.js';
import type { StateStore } from '../state-store.js';
import { type EncryptionKey, resolveCipher, type TokenCipher } from '../token-cipher.js';
import { migratePostgres, schemaIdentifier } from './migrations.js';
import type { PostgresPool } from './pg-types.js';
import { postgresCreateJournal } from './postgres-create-journal.js';
import { createPostgresLock } from './postgres-lock.js';
import { createPostgresRateLimiter } from './postgres-rate-limiter.js';
import { createSql, postgresRecordMethods } from './postgres-records.js';

/** Options of {@link createPostgresStateStore}. */
export interface PostgresStateStoreOptions {
  /** A `pg.Pool` the host owns (closing the store leaves it open). */
  pool?: PostgresPool;
  /** Or a connection string: the store creates its own pool with `pg` and closes it. */
  connectionString?: string;
  /** The schema the kit's tables live in; created if missing. @default 'fortnox_kit' */
  schema?: string;
  /** Key that encrypts tokens (32 bytes). Ignored when `cipher` is given. */
  encryptionKey?: EncryptionKey;
  cipher?: TokenCipher;
  /** @default systemClock */
  clock?: Clock;
}

/** A {@link StateStore} on PostgreSQL; `lock` is its advisory lock. */
export interface PostgresStateStore extends StateStore {
  readonly lock: Lock;
  createRateLimiter(connectionKey: string, options: { clock: Clock }): RateLimiter;
}

/**
 * The {@link StateStore} for hosts that run many processes or machines: PostgreSQL through
 * `pg` (an optional peer dependency), versioned migrations run on open, tokens encrypted
 * like every adapter, token refreshes serialized by advisory locks (decisions/067).
 *
 * @example
 * import { createPostgresStateStore } from '@fortnox-kit/core/postgres';
 * const store = await createPostgresStateStore({ connectionString: process.env.DATABASE_URL, encryptionKey });
 */
export async function createPostgresStateStore(
  options: PostgresStateStoreOptions,
): Promise<PostgresStateStore> {
  const cipher = resolveCipher(options);
  const clock = options.clock ?? systemClock;
  const ownPool = !options.pool;
  const pool = options.pool ?? (await createPool(options.connectionString));
  const schema = options.schema ?? 'fortnox_kit';
  await migratePostgres(pool, schema);
  const sql = createSql(pool, schemaIdentifier(schema));
  const { q, one } = sql;
  const readConnection = (id: string) =>
    one('SELECT id, data, secret FROM $schema.connections WHERE id = $1', [id], (row) =>
      decodeConnection(row as unknown as EncodedConnection, cipher),
    );
  return {
    lock: createPostgresLock(pool),
    createRateLimiter: (key, { clock: limiterClock }) =>
      createPostgresRateLimiter({ pool, schemaIdentifier: sql.schema, key, clock: limiterClock }),
    async saveConnection(input) {
      const { record, encoded } = await encodeConnection(input, cipher);
      await q(
        `INSERT INTO $schema.connections (id, data, secret, token_version) VALUES ($1, $2, $3, $4)
         ON CONFLICT (id) DO UPDATE SET data = excluded.data, secret = excluded.secret, token_version = excluded.token_version`,
        [encoded.id, encoded.data, encoded.secret, record.tokenVersion],
      );
      return record;
    },
    getConnection: async (id) => readConnection(id),
    async listConnections() {
      const { rows } = await q('SELECT id, data, secret FROM $schema.connections ORDER BY id');
      return Promise.all(
        rows.map((r) => decodeConnection(r as unknown as EncodedConnection, cipher)),
      );
    },
    async deleteConnection(id) {
      await q('DELETE FROM $schema.connections WHERE id = $1', [id]);
    },
    async compareAndSetTokens(id, expectedVersion, tokens, patch) {
      const current = await readConnection(id);
      if (!current || current.tokenVersion !== expectedVersion) return undefined;
      const next = { ...current, ...patch, tokens, tokenVersion: expectedVersion + 1 };
      const { record, encoded } = await encodeConnection(
        { ...next, updatedAt: clock.now() },
        cipher,
      );
      const { rowCount } = await q(
        'UPDATE $schema.connections SET data = $2, secret = $3, token_version = $4 WHERE id = $1 AND token_version = $5',
        [id, encoded.data, encoded.secret, record.tokenVersion, expectedVersion],
      );
      return rowCount === 1 ? record : undefined;
    },

    async acquireLease(key, holder, expiresAt, now) {
      const { rowCount } = await q(
        `INSERT INTO $schema.leases (key, holder, expires_at) VALUES ($1, $2, $3)
         ON CONFLICT (key) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
         WHERE leases.holder = excluded.holder OR leases.expires_at <= $4`,
        [key, holder, expiresAt, now],
      );
      return rowCount === 1;
    },
    async releaseLease(key, holder) {
      await q('DELETE FROM $schema.leases WHERE key = $1 AND holder = $2', [key, holder]);
    },
    ...postgresRecordMethods(sql, pool),
    ...postgresCreateJournal(sql),

    async close() {
      if (ownPool) await pool.end();
    },
  };
}

async function createPool(connectionString: string | undefined): Promise<PostgresPool> {
  if (!connectionString) {
    throw new TypeError('createPostgresStateStore: pass `pool` or `connectionString`');
  }
  const pg = await import('pg');
  const pool = new pg.default.Pool({ connectionString });
  // An idle pooled connection that dies (a database restart) is an 'error' event; without a
  // listener Node would end the process. The pool replaces the connection by itself.
  pool.on('error', () => {});
  return pool as unknown as PostgresPool;
}
