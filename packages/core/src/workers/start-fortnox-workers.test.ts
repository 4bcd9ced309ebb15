import { afterEach, describe, expect, it } from 'vitest';
import { FORTNOX_QUEUES } from './job-names.js';
import { canRunPgBoss, countJobs } from './pg-boss.test-support.js';
import type { FortnoxWorkers } from './start-fortnox-workers.js';
import {
  deadLetters,
  runCleanup,
  settled,
  startWorkersHarness as setup,
} from './workers-harness.test-support.js';

afterEach(runCleanup);

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

  it('moves a send of an unknown order to the dead-letter queue at once, with its data and the not_found failure', async () => {
    const { boss, bossSchema, workers } = await setup({ sendRetries: 3 });
    const id = await workers.enqueueSend('default', 'no-such-order');
    const job = await settled(boss, FORTNOX_QUEUES.send, id);
    expect(job.state).toBe('failed');
    expect(job.retryCount).toBe(0);
    expect(job.output).toMatchObject({ code: 'not_found', permanent: true });
    const dead = await deadLetters(bossSchema);
    expect(dead.map((d) => d.data.orderId)).toEqual(['no-such-order']);
    expect(dead[0]?.sourceOutput).toMatchObject({ code: 'not_found' });
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
