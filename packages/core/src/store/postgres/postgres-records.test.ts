import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { generateEncryptionKey } from '../token-cipher.js';
import type { PostgresPool } from './pg-types.js';
import { createPostgresStateStore } from './postgres-store.js';
import {
  dropSchema,
  freshSchema,
  TEST_DATABASE_URL,
} from './postgres-test-database.test-support.js';

const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

/** Two stores on one schema through two pools: two processes. */
async function twoProcesses() {
  const schema = freshSchema();
  cleanup.push(() => dropSchema(schema));
  const encryptionKey = generateEncryptionKey();
  const open = async () => {
    const pool = new pg.Pool({
      connectionString: TEST_DATABASE_URL,
      max: 4,
    }) as unknown as PostgresPool;
    cleanup.push(() => pool.end());
    return createPostgresStateStore({ pool, schema, encryptionKey });
  };
  const a = await open();
  return [a, await open()] as const;
}

describe.skipIf(!TEST_DATABASE_URL)('PostgreSQL links written at once', () => {
  it('two processes writing the same link at the same time both succeed, leaving one link (found by the fleet: a send and a sync)', async () => {
    const [a, b] = await twoProcesses();
    for (let round = 0; round < 30; round++) {
      const link = {
        connectionId: 'c1',
        register: 'customers' as const,
        hostId: `h${round}`,
        fortnoxNumber: String(1000 + round),
        syncedAt: round,
      };
      await Promise.all([a.putLinks([link]), b.putLinks([{ ...link, syncedAt: round + 1 }])]);
      expect(await a.countLinks('c1', 'customers')).toBe(round + 1);
    }
  });
});
