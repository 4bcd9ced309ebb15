/**
 * Test support (not exported): a real pg-boss on the test PostgreSQL, in a schema of its
 * own, dropped afterwards. pg-boss 12 needs Node >= 22.12: on Node 20 the suites that use it
 * are skipped (they run in the Node 22 and 24 legs of `pnpm test`); a missing database fails
 * them under CI, as the other PostgreSQL tests do.
 */
import {
  dropSchema,
  freshSchema,
  TEST_DATABASE_URL,
  testPool,
} from '../store/postgres/postgres-test-database.test-support.js';
import { nodeAtLeast } from './node-version.js';
import type { PgBossLike } from './pg-boss-types.js';

/** pg-boss loads here, and a database is there to run it on. */
export const canRunPgBoss = nodeAtLeast('22.12') && TEST_DATABASE_URL !== undefined;

/** What the tests use of a started pg-boss beyond {@link PgBossLike}. */
export interface TestBoss extends PgBossLike {
  stop(options?: { graceful?: boolean; timeout?: number }): Promise<void>;
  fetch<T>(name: string): Promise<{ id: string; data: T }[]>;
  getJobById<T>(
    name: string,
    id: string,
  ): Promise<{ state: string; data: T; output?: unknown; retryCount: number } | null>;
}

/** A started pg-boss in a fresh schema; `close` stops it and drops the schema. */
export async function startTestBoss(): Promise<{
  boss: TestBoss;
  schema: string;
  close: () => Promise<void>;
}> {
  const { PgBoss } = await import('pg-boss');
  const schema = freshSchema();
  const boss = new PgBoss({
    connectionString: TEST_DATABASE_URL,
    schema,
    max: 4,
    monitorIntervalSeconds: 1,
  });
  boss.on('error', () => undefined);
  await boss.start();
  // The structural type must accept the real class (a compile-time check).
  const structural: PgBossLike = boss;
  const close = async () => {
    await boss.stop({ graceful: false, timeout: 5_000 }).catch(() => undefined);
    await dropSchema(schema);
  };
  return { boss: structural as TestBoss, schema, close };
}

/** How many jobs of `queue` the pg-boss in `schema` holds, whatever their state. */
export async function countJobs(schema: string, queue: string): Promise<number> {
  const { rows } = await testPool().query<{ n: string }>(
    `SELECT count(*) AS n FROM "${schema}".job WHERE name = $1`,
    [queue],
  );
  return Number(rows[0]?.n ?? 0);
}
