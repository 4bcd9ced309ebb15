import { afterEach, describe, expect, it } from 'vitest';
import {
  type Harness,
  type HarnessOptions,
  startHarness,
} from '../integration/emulator-harness.test-support.js';
import {
  CUSTOMER,
  FILTER_ARTICLE,
  readyWorkOrder,
} from '../integration/host-fixture.test-support.js';
import type { InvoiceStatusChange } from './invoice-state.js';

const makeOrder = (id: string) =>
  readyWorkOrder(id, {
    articleRows: [{ articleNumber: 'FILTER-10', quantity: 1, unitPrice: 100 }],
  });
const orders = [makeOrder('o1'), makeOrder('o2')];
/** The orders above, prices from the host on rows; `options` replaces what it names. */
const start = (options: HarnessOptions = {}) =>
  startHarness({
    customers: [CUSTOMER],
    articles: [FILTER_ARTICLE],
    orders,
    settings: { setPricesOnRows: true },
    ...options,
  });

let h: Harness;
afterEach(() => h?.close());

/** A Fortnox user invoices the order and sends the invoice, inside Fortnox. */
async function invoiceInFortnox(harness: Harness, orderId: string): Promise<string> {
  const reference = (await harness.hostOrders.findById(orderId))?.integrationReference;
  const invoice = await harness.integration.client.orders.createInvoice(
    reference?.documentNumber ?? '',
  );
  const invoiceNumber = String(invoice.DocumentNumber);
  harness.clock.advance(90_000);
  harness.emulator.control.actAsUser(harness.tenantId).sendInvoice(invoiceNumber);
  return invoiceNumber;
}

// Every test runs the emulator and a whole OAuth connect; generous under a loaded CI.
describe('invoice status', { timeout: 30_000 }, () => {
  it('marks the host order invoiced within one poll after the invoice is sent in Fortnox', async () => {
    h = await start();
    await h.integration.sendOrder('o1');
    await h.integration.pollInvoiceStatus();
    const invoiceNumber = await invoiceInFortnox(h, 'o1');
    expect((await h.hostOrders.findById('o1'))?.invoiced).toBe(false);
    h.clock.advance(60_000);
    const changes = await h.integration.pollInvoiceStatus();
    expect(changes.map((c) => [c.orderId, c.current.state])).toEqual([['o1', 'sent']]);
    expect((await h.hostOrders.findById('o1'))?.invoiced).toBe(true);
    const status = await h.integration.getOrderStatus('o1');
    expect(status).toMatchObject({
      state: 'invoiced',
      invoice: { documentNumber: invoiceNumber, state: 'sent' },
    });
  });

  it('shows "invoiced" on a status read right after the invoice is sent in Fortnox, before any poll', async () => {
    h = await start();
    await h.integration.sendOrder('o1');
    const invoiceNumber = await invoiceInFortnox(h, 'o1');
    // 90 s later: far from the 5-minute poll, which has not run at all.
    const status = await h.integration.getOrderStatus('o1');
    expect(status).toMatchObject({
      state: 'invoiced',
      invoice: { documentNumber: invoiceNumber, state: 'sent' },
    });
    expect((await h.hostOrders.findById('o1'))?.invoiced).toBe(true);
  });

  it('reads Fortnox once for concurrent status reads of one order, and not again while fresh', async () => {
    h = await start();
    await h.integration.sendOrder('o1');
    await invoiceInFortnox(h, 'o1');
    const invoiceReads = () =>
      h.emulator.control
        .requests()
        .filter((r) => r.method === 'GET' && /^\/3\/invoices\/\d+$/.test(r.path)).length;
    const before = invoiceReads();
    await Promise.all(Array.from({ length: 5 }, () => h.integration.getOrderStatus('o1')));
    expect(invoiceReads() - before).toBe(1);
    await h.integration.getOrderStatus('o1');
    expect(invoiceReads() - before).toBe(1);
  });

  it('answers a status read from what it knows when Fortnox cannot be read', async () => {
    h = await start();
    await h.integration.sendOrder('o1');
    await invoiceInFortnox(h, 'o1');
    h.emulator.control.injectFault({
      method: 'GET',
      path: /^\/3\/orders\//,
      status: 503,
      count: 10,
    });
    const status = await h.integration.getOrderStatus('o1');
    expect(status).toMatchObject({ state: 'sent', invoice: null });
  });

  it('drops the last refused action from the status once the order is invoiced', async () => {
    h = await start();
    await h.integration.sendOrder('o1');
    // A second click is refused: re-sending needs setting 19.
    await expect(h.integration.sendOrder('o1')).rejects.toThrow();
    expect((await h.integration.getOrderStatus('o1')).lastError?.code).toBe('resend_not_allowed');
    await invoiceInFortnox(h, 'o1');
    const status = await h.integration.getOrderStatus('o1');
    expect(status.state).toBe('invoiced');
    expect(status.lastError).toBeNull();
  });

  it('marks the host order invoiced from one WebSocket event, and ignores the duplicate', async () => {
    h = await start();
    await h.integration.sendOrder('o1');
    const events: Parameters<typeof h.integration.handleFortnoxEvent>[0][] = [];
    const stop = h.emulator.events.subscribe((e) => events.push(e));
    await invoiceInFortnox(h, 'o1');
    stop();
    const sent = events.filter((e) => e.topic === 'invoices').at(-1);
    expect(sent).toBeDefined();
    const [change] = await h.integration.handleFortnoxEvent(sent as (typeof events)[number]);
    expect(change?.current.state).toBe('sent');
    expect((await h.hostOrders.findById('o1'))?.invoiced).toBe(true);
    expect(await h.integration.handleFortnoxEvent(sent as (typeof events)[number])).toEqual([]);
  });

  it('publishes booked, paid, cancelled and credited to subscribers and the host callback', async () => {
    const hostCalls: string[] = [];
    h = await start({
      orders: [...orders, makeOrder('o3')],
      onInvoiceStatusChange: (c) => hostCalls.push(`${c.orderId}:${c.current.state}`),
    });
    const subscribed: string[] = [];
    h.integration.onInvoiceStatusChange((c) => subscribed.push(`${c.orderId}:${c.current.state}`));
    for (const id of ['o1', 'o2', 'o3']) await h.integration.sendOrder(id);
    const user = h.emulator.control.actAsUser(h.tenantId);
    const refresh = (id: string) => h.integration.tracker.refresh(id);
    const first = await invoiceInFortnox(h, 'o1');
    user.bookkeepInvoice(first);
    await refresh('o1');
    user.payInvoice(first);
    await refresh('o1');
    const second = await invoiceInFortnox(h, 'o2');
    user.cancelInvoice(second);
    await refresh('o2');
    const third = await invoiceInFortnox(h, 'o3');
    user.bookkeepInvoice(third);
    user.creditInvoice(third);
    await refresh('o3');
    const expected = ['o1:booked', 'o1:paid', 'o2:cancelled', 'o3:credited'];
    expect(subscribed).toEqual(expected);
    expect(hostCalls).toEqual(expected);
  });

  it('keeps following sent orders after a restart (state in the store)', async () => {
    h = await start();
    await h.integration.sendOrder('o1');
    await h.integration.pollInvoiceStatus();
    h.integration.stop();
    const hostCalls: InvoiceStatusChange[] = [];
    const restarted = h.restart();
    restarted.onInvoiceStatusChange((c) => hostCalls.push(c));
    await invoiceInFortnox(h, 'o1');
    h.clock.advance(60_000);
    await restarted.pollInvoiceStatus();
    expect(hostCalls.map((c) => c.current.state)).toEqual(['sent']);
    expect((await h.hostOrders.findById('o1'))?.invoiced).toBe(true);
  });

  it('follows a send whose process stopped before tracking it', async () => {
    h = await start();
    await h.integration.sendOrder('o1');
    await h.store.setCursor('default', 'invoice-status:o1', '');
    const restarted = h.restart();
    expect(await restarted.tracker.get('o1')).toBeUndefined();
    expect(await restarted.resumeTracking()).toBe(1);
    await invoiceInFortnox(h, 'o1');
    h.clock.advance(60_000);
    await restarted.pollInvoiceStatus();
    expect((await h.hostOrders.findById('o1'))?.invoiced).toBe(true);
  });

  it('shows the invoice PDF through preview and leaves the invoice unsent', async () => {
    h = await start({ settings: { createInvoiceDirectly: true } });
    const { result } = await h.integration.sendOrder('o1');
    const pdf = await h.integration.invoicePdf('o1');
    expect(new TextDecoder().decode(pdf.bytes.slice(0, 5))).toBe('%PDF-');
    const invoice = h.emulator.db.tenant(h.tenantId).invoices.get(result.documentNumber);
    expect(invoice?.Sent).toBe(false);
    const paths = h.emulator.control.requests().map((r) => r.path);
    expect(paths).toContain(`/3/invoices/${result.documentNumber}/preview`);
    expect(paths.some((p) => p.endsWith('/print'))).toBe(false);
    expect((await h.integration.getOrderStatus('o1')).state).toBe('sent');
  });
});
