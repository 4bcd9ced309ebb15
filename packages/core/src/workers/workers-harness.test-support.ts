/**
 * Test support (not exported): a connected integration on a PostgreSQL store over the
 * emulator, and `startFortnoxWorkers` for it on a fresh pg-boss. Cleaned up by `cleanup`.
 */
import { expect } from 'vitest';
import type { Clock } from '../env/clock.js';
import type { CustomerInput, OrderInput } from '../host/index.js';
import { type HarnessOptions, startHarness } from '../integration/emulator-harness.test-support.js';
import {
  CUSTOMER,
  FILTER_ARTICLE,
  readyWorkOrder,
} from '../integration/host-fixture.test-support.js';
import { createPostgresStateStore } from '../store/postgres/postgres-store.js';
import {
  dropSchema,
  freshSchema,
  testPool,
} from '../store/postgres/postgres-test-database.test-support.js';
import { generateEncryptionKey } from '../store/token-cipher.js';
import { FORTNOX_QUEUES, type FortnoxQueueName } from './job-names.js';
import { startTestBoss, type TestBoss } from './pg-boss.test-support.js';
import type { PgBossQueueOptions } from './pg-boss-types.js';
import { startFortnoxWorkers } from './start-fortnox-workers.js';

/** Steps run after each test, last first. */
export const cleanup: (() => Promise<unknown> | unknown)[] = [];

/** Runs and empties {@link cleanup} (call it in `afterEach`). */
export async function runCleanup(): Promise<void> {
  for (const step of cleanup.splice(0).reverse()) await step();
}

/** What {@link startWorkersHarness} starts from. */
export interface WorkersHarnessOptions {
  syncIntervalMs?: number;
  /** Retries of a send (retry delay 0). @default 1 */
  sendRetries?: number;
  customers?: CustomerInput[];
  orders?: OrderInput[];
  queues?: Partial<Record<FortnoxQueueName, PgBossQueueOptions>>;
  settings?: HarnessOptions['settings'];
  /** The workers' clock. @default systemClock */
  clock?: Clock;
}

/** A connected integration on a PostgreSQL store, and workers for it on a fresh pg-boss. */
export async function startWorkersHarness(options: WorkersHarnessOptions = {}) {
  const schema = freshSchema();
  cleanup.push(() => dropSchema(schema));
  const store = await createPostgresStateStore({
    pool: testPool(),
    schema,
    encryptionKey: generateEncryptionKey(),
  });
  const h = await startHarness({
    store,
    customers: options.customers ?? [CUSTOMER],
    articles: [FILTER_ARTICLE],
    orders: options.orders ?? [readyWorkOrder('o1')],
    settings: options.settings,
  });
  cleanup.push(() => h.close());
  const { boss, schema: bossSchema, close } = await startTestBoss();
  cleanup.push(close);
  const workers = await startFortnoxWorkers({
    boss,
    store,
    integration: () => h.integration,
    syncIntervalMs: options.syncIntervalMs ?? 3_600_000,
    pollingIntervalSeconds: 0.5,
    ...(options.clock ? { clock: options.clock } : {}),
    queues: {
      [FORTNOX_QUEUES.send]: { retryLimit: options.sendRetries ?? 1, retryDelay: 0 },
      ...options.queues,
    },
  });
  cleanup.push(() => workers.stop());
  return { h, boss, bossSchema, workers, store };
}

export type SettledJob = NonNullable<Awaited<ReturnType<TestBoss['getJobById']>>>;

/** Waits (real time: pg-boss polls the database) until the job has settled. */
export async function settled(
  boss: TestBoss,
  queue: string,
  id: string | null,
): Promise<SettledJob> {
  if (!id) throw new Error('no job id');
  const read = () => boss.getJobById(queue, id);
  await expect
    .poll(async () => (await read())?.state, { timeout: 30_000, interval: 200 })
    .toMatch(/^(completed|failed)$/);
  const job = await read();
  if (!job) throw new Error('job vanished');
  return job;
}

/** The dead letters of the pg-boss in `schema`: data and the failed job's output. */
export async function deadLetters(
  schema: string,
): Promise<{ data: Record<string, unknown>; sourceOutput: unknown; sourceName: string }[]> {
  const { rows } = await testPool().query<{
    data: Record<string, unknown>;
    source_output: unknown;
    source_name: string;
  }>(`SELECT data, source_output, source_name FROM "${schema}".job WHERE name = $1`, [
    FORTNOX_QUEUES.deadLetter,
  ]);
  return rows.map((r) => ({
    data: r.data,
    sourceOutput: r.source_output,
    sourceName: r.source_name,
  }));
}
