import { afterEach, describe, expect, it } from 'vitest';
import { CUSTOMER, readyWorkOrder } from '../integration/host-fixture.test-support.js';
import { FORTNOX_QUEUES } from './job-names.js';
import { canRunPgBoss } from './pg-boss.test-support.js';
import {
  deadLetters,
  runCleanup,
  settled,
  startWorkersHarness,
} from './workers-harness.test-support.js';

afterEach(runCleanup);

/** A new host customer whose e-mail Fortnox would reject, on the order `o1`. */
const invalidCustomer = { id: 'c9', name: 'Nya Bygg AB', email: 'info@@bygg.se' };

describe.skipIf(!canRunPgBoss)('settling a failed job', { timeout: 60_000 }, () => {
  it('sends an order Fortnox would refuse to the dead-letter queue after exactly one attempt, with validation_failed and its user message, writing nothing to Fortnox', async () => {
    const { h, boss, bossSchema, workers } = await startWorkersHarness({
      sendRetries: 3,
      customers: [CUSTOMER, invalidCustomer],
      orders: [readyWorkOrder('o1', { customerId: 'c9' })],
    });
    h.emulator.control.clearRequests();
    const id = await workers.enqueueSend('default', 'o1');
    const job = await settled(boss, FORTNOX_QUEUES.send, id);

    expect(job.state).toBe('failed');
    expect(job.retryCount).toBe(0);
    expect(job.output).toMatchObject({
      code: 'validation_failed',
      permanent: true,
      error: 'InvalidForFortnoxError',
      field: 'email',
      userMessage: { sv: expect.stringContaining('Nya Bygg AB'), en: expect.any(String) },
    });
    const dead = await deadLetters(bossSchema);
    expect(dead).toHaveLength(1);
    expect(dead[0]).toMatchObject({
      data: { connectionId: 'default', orderId: 'o1' },
      sourceName: FORTNOX_QUEUES.send,
      sourceOutput: { code: 'validation_failed', permanent: true },
    });
    const writes = h.emulator.control.requests().filter((r) => r.method !== 'GET');
    expect(writes).toEqual([]);
  });

  it('retries a send that Fortnox answered 503 and creates its document once', async () => {
    const { h, boss, bossSchema, workers, store } = await startWorkersHarness({ sendRetries: 2 });
    const orders = () => h.emulator.db.tenant(h.tenantId).orders.size;
    const before = orders();
    // Three 503s use up the send's own write attempts (each followed by a lookup).
    h.emulator.control.injectFault({ method: 'POST', path: '/3/orders', status: 503, count: 3 });
    h.emulator.control.clearRequests();
    const id = await workers.enqueueSend('default', 'o1');
    const job = await settled(boss, FORTNOX_QUEUES.send, id);

    expect(job.state).toBe('completed');
    expect(job.retryCount).toBe(1);
    const posts = h.emulator.control
      .requests()
      .filter((r) => r.method === 'POST' && r.path === '/3/orders');
    expect(posts.map((r) => r.status)).toEqual([503, 503, 503, 201]);
    expect(orders()).toBe(before + 1);
    const journal = await store.listJournalByOrder('default', 'o1');
    expect(journal.filter((e) => e.state === 'committed')).toHaveLength(1);
    expect(await deadLetters(bossSchema)).toEqual([]);
  });

  it('sends a time report job the settings turn off to the dead-letter queue at once, as feature_disabled', async () => {
    const { boss, bossSchema, workers } = await startWorkersHarness({
      queues: { [FORTNOX_QUEUES.timeReport]: { retryLimit: 3, retryDelay: 0 } },
    });
    const id = await workers.enqueueTimeReport('default', 'o1');
    const job = await settled(boss, FORTNOX_QUEUES.timeReport, id);
    expect(job.state).toBe('failed');
    expect(job.retryCount).toBe(0);
    expect(job.output).toMatchObject({ code: 'feature_disabled', permanent: true });
    expect((await deadLetters(bossSchema)).map((d) => d.sourceName)).toEqual([
      FORTNOX_QUEUES.timeReport,
    ]);
  });

  it('moves a send for a connection whose grant the customer revoked to the dead-letter queue at once, as reconnect_needed', async () => {
    const { h, boss, bossSchema, workers } = await startWorkersHarness({ sendRetries: 3 });
    h.emulator.tokens.revoke(await h.integration.connection.getAccessToken());
    const id = await workers.enqueueSend('default', 'o1');
    const job = await settled(boss, FORTNOX_QUEUES.send, id);
    expect(job.state).toBe('failed');
    expect(job.retryCount).toBe(0);
    expect(job.output).toMatchObject({ code: 'reconnect_needed', permanent: true });
    expect(await deadLetters(bossSchema)).toHaveLength(1);
  });
});
