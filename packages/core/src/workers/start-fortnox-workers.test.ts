import { afterEach, describe, expect, it } from 'vitest';
import { startHarness } from '../integration/emulator-harness.test-support.js';
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
import { FORTNOX_QUEUES } from './job-names.js';
import { canRunPgBoss, countJobs, startTestBoss, type TestBoss } from './pg-boss.test-support.js';
import { type FortnoxWorkers, startFortnoxWorkers } from './start-fortnox-workers.js';

const cleanup: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

/** A connected integration on a PostgreSQL store, and workers for it on a fresh pg-boss. */
async function setup(options: { syncIntervalMs?: number; sendRetries?: number } = {}) {
  const schema = freshSchema();
  cleanup.push(() => dropSchema(schema));
  const store = await createPostgresStateStore({
    pool: testPool(),
    schema,
    encryptionKey: generateEncryptionKey(),
  });
  const h = await startHarness({
    store,
    customers: [CUSTOMER],
    articles: [FILTER_ARTICLE],
    orders: [readyWorkOrder('o1')],
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
    queues: {
      [FORTNOX_QUEUES.send]: { retryLimit: options.sendRetries ?? 1, retryDelay: 0 },
    },
  });
  cleanup.push(() => workers.stop());
  return { h, boss, bossSchema, workers, store };
}

type SettledJob = NonNullable<Awaited<ReturnType<TestBoss['getJobById']>>>;

/** Waits (real time: pg-boss polls the database) until the job has settled. */
async function settled(boss: TestBoss, queue: string, id: string | null): Promise<SettledJob> {
  if (!id) throw new Error('no job id');
  const read = () => boss.getJobById(queue, id);
  await expect
    .poll(async () => (await read())?.state, { timeout: 30_000, interval: 200 })
    .toMatch(/^(completed|failed)$/);
  const job = await read();
  if (!job) throw new Error('job vanished');
  return job;
}

describe.skipIf(!canRunPgBoss)('startFortnoxWorkers on pg-boss', { timeout: 60_000 }, () => {
  it('runs a connection scheduled sync as a pg-boss job at its slot: a host customer added after connecting reaches Fortnox', async () => {
    const { h, store } = await setup({ syncIntervalMs: 2_000 });
    const before = await store.listRuns('default', 10);
    await h.registers.customers.upsert({ id: 'c2', name: 'Nya Bygg AB', email: 'ny@bygg.se' });
    await expect
      .poll(
        async () => (await store.getLinkByHostId('default', 'customers', 'c2'))?.fortnoxNumber,
        {
          timeout: 30_000,
          interval: 200,
        },
      )
      .toEqual(expect.any(String));
    const runs = await store.listRuns('default', 10);
    const scheduled = runs.filter((r) => !before.some((b) => b.id === r.id));
    expect(scheduled.map((r) => r.trigger)).toContain('schedule');
  });

  it('plans each connection slot once however many processes plan it', async () => {
    const { workers, bossSchema } = await setup();
    const again: FortnoxWorkers = workers;
    await again.plan();
    await again.plan();
    expect(await countJobs(bossSchema, FORTNOX_QUEUES.sync)).toBe(1);
    expect(await countJobs(bossSchema, FORTNOX_QUEUES.invoiceStatus)).toBe(1);
  });

  it('sends an enqueued order through the send workflow: one Fortnox document, the job output names it', async () => {
    const { h, boss, workers } = await setup();
    const fortnoxOrders = () => h.emulator.db.tenant(h.tenantId).orders.size;
    const before = fortnoxOrders();
    const id = await workers.enqueueSend('default', 'o1');
    const job = await settled(boss, FORTNOX_QUEUES.send, id);
    expect(job.state).toBe('completed');
    expect(fortnoxOrders()).toBe(before + 1);
    expect(job.output).toMatchObject({ target: 'order', documentNumber: expect.any(String) });
  });

  it('moves a send that fails every retry to the dead-letter queue with its data', async () => {
    const { boss, workers } = await setup({ sendRetries: 1 });
    const id = await workers.enqueueSend('default', 'no-such-order');
    const job = await settled(boss, FORTNOX_QUEUES.send, id);
    expect(job.state).toBe('failed');
    expect(job.retryCount).toBe(1);
    const dead = await boss.fetch<{ orderId: string }>(FORTNOX_QUEUES.deadLetter);
    expect(dead.map((d) => d.data.orderId)).toEqual(['no-such-order']);
  });

  it('stop() waits for the send in hand: it resolves only after that job completed', async () => {
    const { h, boss, workers } = await setup();
    const findById = h.hostOrders.findById.bind(h.hostOrders);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let reached: () => void = () => undefined;
    const inside = new Promise<void>((resolve) => {
      reached = resolve;
    });
    h.hostOrders.findById = async (id) => {
      reached();
      await held;
      return findById(id);
    };
    const id = await workers.enqueueSend('default', 'o1');
    await inside;
    let stopped = false;
    const stopping = workers.stop().then(() => {
      stopped = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect((await boss.getJobById(FORTNOX_QUEUES.send, id ?? ''))?.state).toBe('completed');
  });
});
