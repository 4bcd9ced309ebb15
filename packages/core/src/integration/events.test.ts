import { afterEach, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './emulator-harness.test-support.js';
import { oneReadyWorkOrder } from './host-fixture.test-support.js';

let h: Harness;
afterEach(async () => {
  await h?.integration.stop();
  h?.close();
});

async function until(check: () => Promise<boolean>, turns = 500): Promise<void> {
  for (let i = 0; i < turns; i++) {
    if (await check()) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error('condition not reached');
}

describe('background work of an integration', { timeout: 30_000 }, () => {
  it('marks the host order invoiced from the invoice event, without a poll', async () => {
    h = await startHarness({
      events: true,
      ...oneReadyWorkOrder(),
      settings: { setPricesOnRows: true },
    });
    // Only the socket: start() would also run the polling loop this test proves unnecessary.
    h.integration.events?.start();
    await until(async () => h.integration.events?.status === 'live');
    const { result } = await h.integration.sendOrder('o1');
    const polls = () =>
      h.emulator.control
        .requests()
        .filter((r) => r.path === '/3/invoices' && r.search.includes('lastmodified')).length;
    const pollsBefore = polls();
    const invoice = await h.integration.client.orders.createInvoice(result.documentNumber);
    h.emulator.control.actAsUser(h.tenantId).sendInvoice(String(invoice.DocumentNumber));
    await until(async () => (await h.hostOrders.findById('o1'))?.invoiced === true);
    expect((await h.integration.getOrderStatus('o1')).invoice?.state).toBe('sent');
    expect(polls()).toBe(pollsBefore);
  });

  it('start() polls invoice statuses in the background until stop()', async () => {
    h = await startHarness({
      ...oneReadyWorkOrder(),
      settings: { setPricesOnRows: true },
    });
    const { result } = await h.integration.sendOrder('o1');
    const invoice = await h.integration.client.orders.createInvoice(result.documentNumber);
    h.emulator.control.actAsUser(h.tenantId).sendInvoice(String(invoice.DocumentNumber));
    await h.integration.start();
    await until(async () => (await h.hostOrders.findById('o1'))?.invoiced === true, 5_000);
    await h.integration.stop({ abortRun: true });
    const after = h.emulator.control.requests().length;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(h.emulator.control.requests().length).toBe(after);
  });

  it('start() before anyone connected records no sync run and calls no Fortnox API', async () => {
    h = await startHarness({ connect: false });
    await h.integration.start();
    // Let the scheduler's first (immediately due) round and a few gate re-checks happen.
    for (let i = 0; i < 5; i++) {
      await new Promise((resolve) => setImmediate(resolve));
      h.clock.advance(60_000);
    }
    await new Promise((resolve) => setImmediate(resolve));
    expect(await h.store.listRuns('default', 10)).toEqual([]);
    expect(h.emulator.control.requests().filter((r) => r.path.startsWith('/3/'))).toEqual([]);
  });
});
