/**
 * Test support (not exported): a real PostgreSQL for the store's tests. `.ci/run` starts
 * Debian's PostgreSQL and sets FORTNOX_KIT_TEST_DATABASE_URL; every adapter gets a schema of
 * its own, dropped afterwards. Under CI the variable must be set: the suite never skips
 * PostgreSQL silently there.
 */
import pg from 'pg';
import { afterAll } from 'vitest';
import type { StateStoreContractAdapter } from '../contract/state-store-contract.js';
import { generateEncryptionKey } from '../token-cipher.js';
import type { PostgresPool } from './pg-types.js';
import { createPostgresStateStore } from './postgres-store.js';

export const TEST_DATABASE_URL = process.env.FORTNOX_KIT_TEST_DATABASE_URL;

if (!TEST_DATABASE_URL && process.env.CI) {
  throw new Error(
    'FORTNOX_KIT_TEST_DATABASE_URL is not set: .ci/run starts PostgreSQL and sets it; the PostgreSQL tests must not be skipped in CI.',
  );
}

let pool: PostgresPool | undefined;

/** One pool per test file, closed after it. */
export function testPool(): PostgresPool {
  if (!TEST_DATABASE_URL) throw new Error('FORTNOX_KIT_TEST_DATABASE_URL is not set');
  if (!pool) {
    pool = new pg.Pool({ connectionString: TEST_DATABASE_URL, max: 8 }) as unknown as PostgresPool;
    afterAll(async () => {
      await pool?.end();
      pool = undefined;
    });
  }
  return pool;
}

/** A schema name no other test uses. */
export function freshSchema(): string {
  return `fk_test_${globalThis.crypto.randomUUID().replaceAll('-', '').slice(0, 16)}`;
}

export async function dropSchema(schema: string): Promise<void> {
  await testPool().query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
}

/** The PostgreSQL adapter for the contract suite: a schema of its own per test. */
export function postgresTestAdapter(): StateStoreContractAdapter {
  const schema = freshSchema();
  return {
    name: 'postgresql',
    separateHandles: true,
    open: (encryptionKey = generateEncryptionKey()) =>
      createPostgresStateStore({ pool: testPool(), schema, encryptionKey }),
    async rawBytes() {
      const { rows } = await testPool().query<{ raw: string | null }>(
        `SELECT string_agg(id || data || coalesce(secret, ''), '') AS raw FROM "${schema}".connections`,
      );
      return rows[0]?.raw ?? '';
    },
    cleanup: () => dropSchema(schema),
  };
}
