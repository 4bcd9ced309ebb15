import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { generateEncryptionKey } from '../token-cipher.js';
import { createStateStoreTokenStore } from '../token-store-adapter.js';
import { POSTGRES_MIGRATIONS } from './migrations.js';
import type { PostgresPool } from './pg-types.js';
import { createPostgresLock } from './postgres-lock.js';
import { createPostgresStateStore } from './postgres-store.js';
import {
  dropSchema,
  freshSchema,
  TEST_DATABASE_URL,
  testPool,
} from './postgres-test-database.test-support.js';

const key = generateEncryptionKey();
// Separate pools stand for separate processes: no connection is shared between them.
const newPool = () =>
  new pg.Pool({ connectionString: TEST_DATABASE_URL, max: 4 }) as unknown as PostgresPool;

describe.skipIf(!TEST_DATABASE_URL)('PostgreSQL store', () => {
  const schemas: string[] = [];
  const pools: PostgresPool[] = [];
  const schema = () => {
    const name = freshSchema();
    schemas.push(name);
    return name;
  };
  const pool = () => {
    const p = newPool();
    pools.push(p);
    return p;
  };
  afterEach(async () => {
    await Promise.all(pools.splice(0).map((p) => p.end()));
    for (const name of schemas.splice(0)) await dropSchema(name);
  });

  it('migrates exactly once when several processes open one schema at the same time', async () => {
    const name = schema();
    const stores = await Promise.all(
      [pool(), pool(), pool(), pool()].map((p) =>
        createPostgresStateStore({ pool: p, schema: name, encryptionKey: key }),
      ),
    );
    const { rows } = await testPool().query<{ version: number }>(
      `SELECT version FROM "${name}".migrations ORDER BY version`,
    );
    expect(rows.map((r) => r.version)).toEqual(POSTGRES_MIGRATIONS.map((_, i) => i + 1));
    await stores[0]?.setCursor('c1', 'k', 'v');
    expect(await stores[3]?.getCursor('c1', 'k')).toBe('v');
  });

  it('keeps its data across a reopen with its own pool from a connection string', async () => {
    const name = schema();
    const first = await createPostgresStateStore({
      connectionString: TEST_DATABASE_URL,
      schema: name,
      encryptionKey: key,
    });
    await first.setCursor('c1', 'k', 'v');
    await first.close();
    const second = await createPostgresStateStore({
      connectionString: TEST_DATABASE_URL,
      schema: name,
      encryptionKey: key,
    });
    expect(await second.getCursor('c1', 'k')).toBe('v');
    await second.close();
  });

  it('refuses a schema name that is not a plain lower-case identifier', async () => {
    await expect(
      createPostgresStateStore({
        pool: testPool(),
        schema: 'x"; DROP TABLE y; --',
        encryptionKey: key,
      }),
    ).rejects.toThrow(/Invalid PostgreSQL schema name/);
  });

  it('gives token refreshes its advisory lock', async () => {
    const store = await createPostgresStateStore({
      pool: pool(),
      schema: schema(),
      encryptionKey: key,
    });
    expect(createStateStoreTokenStore(store).lock).toBe(store.lock);
  });
});

describe.skipIf(!TEST_DATABASE_URL)('createPostgresLock', () => {
  const pools: PostgresPool[] = [];
  const pool = () => {
    const p = newPool();
    pools.push(p);
    return p;
  };
  afterEach(async () => {
    await Promise.all(pools.splice(0).map((p) => p.end()));
  });

  it('lets one holder at a time in, across processes', async () => {
    const key = `test:${freshSchema()}`;
    const [a, b, c] = [pool(), pool(), pool()].map(createPostgresLock);
    const events: string[] = [];
    const critical = (name: string) => async () => {
      events.push(`${name} in`);
      await new Promise((done) => setTimeout(done, 20));
      events.push(`${name} out`);
    };
    await Promise.all([a, b, c, a, b].map((lock, i) => lock?.withLock(key, critical(String(i)))));
    expect(events).toHaveLength(10);
    for (let i = 0; i < events.length; i += 2) {
      expect(events[i]?.replace(' in', '')).toBe(events[i + 1]?.replace(' out', ''));
    }
  });

  it('is free again the moment the holding process dies', async () => {
    const key = `test:${freshSchema()}`;
    const dying = new pg.Client({ connectionString: TEST_DATABASE_URL });
    // Its session is killed below; pg reports that as an error event on the client.
    dying.on('error', () => {});
    await dying.connect();
    await dying.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [key]);
    const { rows } = await dying.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    let entered = false;
    const waiting = createPostgresLock(pool()).withLock(key, async () => {
      entered = true;
    });
    await new Promise((done) => setTimeout(done, 100));
    expect(entered).toBe(false);
    // The holder's process is killed: its session ends and PostgreSQL drops its locks.
    await testPool().query('SELECT pg_terminate_backend($1)', [rows[0]?.pid]);
    await waiting;
    expect(entered).toBe(true);
    await dying.end().catch(() => {});
  });
});
