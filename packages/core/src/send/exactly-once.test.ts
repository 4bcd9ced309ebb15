import { afterEach, describe, expect, it } from 'vitest';
import type { OrderInput } from '../host/index.js';
import { type Harness, startHarness } from '../integration/emulator-harness.test-support.js';
import {
  CUSTOMER,
  FILTER_ARTICLE,
  readyWorkOrder,
} from '../integration/host-fixture.test-support.js';
import { sendKey } from './idempotency-key.js';

const order = (i: number): OrderInput =>
  readyWorkOrder(`o${i}`, { articleRows: [{ articleNumber: 'FILTER-10', quantity: 1 + (i % 3) }] });

let h: Harness;
afterEach(() => h?.close());

const keyedOrders = (harness: Harness) =>
  [...harness.emulator.db.tenant(harness.tenantId).orders.values()].filter((o) =>
    o.ExternalInvoiceReference2?.startsWith('fk1-'),
  );

// Every test runs the emulator and a whole OAuth connect; generous under a loaded CI.
describe('exactly-once send', { timeout: 30_000 }, () => {
  it('gives exactly 500 Fortnox orders and 500 references for 500 sends with 20% "timeout after commit"', async () => {
    const count = 500;
    h = await startHarness({
      customers: [CUSTOMER],
      articles: [FILTER_ARTICLE],
      orders: Array.from({ length: count }, (_, i) => order(i)),
    });
    h.emulator.control.injectFault({
      method: 'POST',
      path: '/3/orders',
      probability: 0.2,
      timeoutAfterCommit: true,
    });
    for (let start = 0; start < count; start += 10) {
      await Promise.all(
        Array.from({ length: 10 }, (_, j) => h.integration.sendOrder(`o${start + j}`)),
      );
    }
    const lost = h.emulator.control
      .requests()
      .filter((r) => r.method === 'POST' && r.path === '/3/orders');
    const written = keyedOrders(h);
    const references = h.hostOrders.all().map((o) => o.integrationReference?.documentNumber);
    expect(written).toHaveLength(count);
    expect(new Set(written.map((o) => o.ExternalInvoiceReference2)).size).toBe(count);
    expect(references.filter(Boolean)).toHaveLength(count);
    expect(new Set(references).size).toBe(count);
    for (const o of h.hostOrders.all()) {
      const document = h.emulator.db
        .tenant(h.tenantId)
        .orders.get(o.integrationReference?.documentNumber ?? '');
      expect(document?.ExternalInvoiceReference2).toBe(await sendKey('default', o.id));
    }
    // Exactly one write per order, and the fault really hit: lost answers were found by lookup.
    expect(lost.length).toBe(count);
    const lookups = h.emulator.control
      .requests()
      .filter(
        (r) =>
          r.method === 'GET' &&
          r.path === '/3/orders' &&
          r.search.includes('externalinvoicereference2'),
      );
    expect(lookups.length).toBeGreaterThan(count * 0.1);
    const journal = await h.store.listJournalByState('default', ['committed']);
    expect(journal.filter((e) => e.error === null)).toHaveLength(count);
    expect(journal.some((e) => e.attempts === 1)).toBe(true);
  }, 120_000);

  it('looks the document up after an uncertain failure before writing again, also in a restarted process', async () => {
    h = await startHarness({
      customers: [CUSTOMER],
      articles: [FILTER_ARTICLE],
      orders: [order(1)],
    });
    // The write is applied but its answer is lost, and the lookup right after fails too.
    h.emulator.control.injectFault({
      method: 'POST',
      path: '/3/orders',
      count: 1,
      timeoutAfterCommit: true,
    });
    h.emulator.control.injectFault({
      method: 'GET',
      path: /^\/3\/orders$/,
      count: 20,
      reset: true,
    });
    await expect(h.integration.sendOrder('o1')).rejects.toThrow();
    const [entry] = await h.store.listJournalByState('default', ['uncertain']);
    expect(entry?.hostOrderId).toBe('o1');
    expect(keyedOrders(h)).toHaveLength(1);

    h.emulator.control.clearFaults();
    const restarted = h.restart();
    const { result } = await restarted.sendOrder('o1');
    expect(result.created).toBe(false);
    expect(keyedOrders(h)).toHaveLength(1);
    expect(result.documentNumber).toBe(keyedOrders(h)[0]?.DocumentNumber);
    const posts = h.emulator.control
      .requests()
      .filter((r) => r.method === 'POST' && r.path === '/3/orders');
    expect(posts).toHaveLength(1);
  });

  it('settles a send whose answer was lost without another click', async () => {
    h = await startHarness({
      customers: [CUSTOMER],
      articles: [FILTER_ARTICLE],
      orders: [order(1), order(2)],
    });
    h.emulator.control.injectFault({
      method: 'POST',
      path: '/3/orders',
      count: 1,
      timeoutAfterCommit: true,
    });
    h.emulator.control.injectFault({
      method: 'GET',
      path: /^\/3\/orders$/,
      count: 20,
      reset: true,
    });
    await expect(h.integration.sendOrder('o1')).rejects.toThrow();
    h.emulator.control.clearFaults();
    expect((await h.hostOrders.findById('o1'))?.integrationReference).toBeUndefined();
    h.clock.advance(120_000);
    const { found, notWritten } = await h.integration.reconcileSends();
    expect(found.map((f) => f.orderId)).toEqual(['o1']);
    expect(notWritten).toEqual([]);
    expect((await h.hostOrders.findById('o1'))?.integrationReference?.documentNumber).toBe(
      keyedOrders(h)[0]?.DocumentNumber,
    );
    expect((await h.integration.getOrderStatus('o1')).state).toBe('sent');
    expect(keyedOrders(h)).toHaveLength(1);
  });

  it('serialises two concurrent clicks on one order into one document', async () => {
    h = await startHarness({
      customers: [CUSTOMER],
      articles: [FILTER_ARTICLE],
      orders: [order(1)],
    });
    const results = await Promise.allSettled([
      h.integration.sendOrder('o1'),
      h.integration.sendOrder('o1'),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(keyedOrders(h)).toHaveLength(1);
  });
});
