import { afterEach, describe, expect, it } from 'vitest';
import type { OrderInput } from '../host/index.js';
import {
  connectThroughOAuth,
  type Harness,
  type HarnessOptions,
  startHarness,
} from '../integration/emulator-harness.test-support.js';

const customer = {
  id: 'c1',
  name: 'Bygg & Service AB',
  organisationNumber: '556677-8899',
  email: 'info@bygg.se',
};
const articles = [
  { id: 'a1', articleNumber: 'FILTER-10', description: 'Oljefilter', unit: 'st', price: 149 },
  {
    id: 'a2',
    articleNumber: 'ARB',
    description: 'Arbetstimme',
    unit: 'h',
    price: 650,
    type: 'service' as const,
  },
];
const order = (id: string, extra: Partial<OrderInput> = {}): OrderInput => ({
  id,
  kind: 'work',
  number: `AO-${id}`,
  customerId: 'c1',
  orderDate: '2026-01-05',
  readyForInvoicing: true,
  articleRows: [
    { articleNumber: 'FILTER-10', quantity: 2 },
    { articleNumber: 'ARB', quantity: 1.5 },
  ],
  ...extra,
});

/** The customer, both articles and order '1'; `options` replaces what it names. */
const start = (options: HarnessOptions = {}) =>
  startHarness({ customers: [customer], articles, orders: [order('1')], ...options });

let h: Harness;
afterEach(() => h?.close());

const ordersWithKey = (harness: Harness) =>
  [...harness.emulator.db.tenant(harness.tenantId).orders.values()].filter((o) =>
    o.ExternalInvoiceReference2?.startsWith('fk1-'),
  );

// Every test runs the emulator and a whole OAuth connect; generous under a loaded CI.
describe('sendOrder', { timeout: 30_000 }, () => {
  it('creates one Fortnox order and stores its number as the integration reference', async () => {
    h = await start();
    const { status, result } = await h.integration.sendOrder('1');
    expect(result.target).toBe('order');
    expect(status.state).toBe('sent');
    expect(status.reference).toEqual({ target: 'order', documentNumber: result.documentNumber });
    expect((await h.hostOrders.findById('1'))?.integrationReference?.documentNumber).toBe(
      result.documentNumber,
    );
    const written = h.emulator.db.tenant(h.tenantId).orders.get(result.documentNumber);
    expect(written?.ExternalInvoiceReference1).toBe('AO-1');
    expect(written?.OrderRows.map((r) => r.ArticleNumber)).toEqual(['FILTER-10', 'ARB']);
  });

  it('creates an invoice instead when createInvoiceDirectly is on', async () => {
    h = await start({ settings: { createInvoiceDirectly: true } });
    const { result, status } = await h.integration.sendOrder('1');
    expect(result.target).toBe('invoice');
    expect(status.invoice).toEqual({ documentNumber: result.documentNumber, state: 'unsent' });
    expect(h.emulator.db.tenant(h.tenantId).invoices.get(result.documentNumber)).toBeDefined();
  });

  it('creates the customer in Fortnox and links it when it is not there yet', async () => {
    h = await start();
    const { result } = await h.integration.sendOrder('1');
    const fortnoxOrder = h.emulator.db.tenant(h.tenantId).orders.get(result.documentNumber);
    const linked = await h.registers.customers.findById('c1');
    expect(linked?.fortnoxCustomerNumber).toBe(fortnoxOrder?.CustomerNumber);
    expect(
      h.emulator.db.tenant(h.tenantId).customers.get(linked?.fortnoxCustomerNumber ?? '')?.Name,
    ).toBe('Bygg & Service AB');
  });

  it('links an existing Fortnox customer by organisation number, whatever its format', async () => {
    h = await startHarness({
      customers: [{ ...customer, organisationNumber: '5566778899' }],
      articles,
      orders: [order('1')],
      connect: false,
    });
    const existing = h.emulator.control
      .actAsUser(h.tenantId)
      .createCustomer({ Name: 'Bygg AB (Fortnox)', OrganisationNumber: '556677-8899' });
    await connectThroughOAuth(h.integration, h.tenantId);
    const { result } = await h.integration.sendOrder('1');
    expect(h.emulator.db.tenant(h.tenantId).orders.get(result.documentNumber)?.CustomerNumber).toBe(
      existing,
    );
  });

  it('returns what the mapping had to change as warnings', async () => {
    h = await start({
      orders: [
        order('1', {
          articleRows: [
            { articleNumber: 'FILTER-10', quantity: 1, description: 'Filter <nytt> {A}' },
          ],
        }),
      ],
    });
    const { result } = await h.integration.sendOrder('1');
    expect(result.warnings.length).toBeGreaterThan(0);
    const rows =
      h.emulator.db.tenant(h.tenantId).orders.get(result.documentNumber)?.OrderRows ?? [];
    expect(rows[0]?.Description).not.toMatch(/[<>{}]/);
  });

  it('bills the internal invoicing customer for an order of another subgroup', async () => {
    h = await startHarness({
      customers: [{ ...customer, subgroup: 'Öst' }],
      articles,
      orders: [order('1', { subgroup: 'Öst' })],
      subgroups: [
        { id: 'Väst', name: 'Väst' },
        { id: 'Öst', name: 'Öst' },
      ],
      connect: false,
    });
    const internal = h.emulator.control
      .actAsUser(h.tenantId)
      .createCustomer({ Name: 'Koncernen AB' });
    await h.integration.putSettings({ subgroup: 'Väst', internalInvoiceCustomer: internal });
    await connectThroughOAuth(h.integration, h.tenantId);
    const { result } = await h.integration.sendOrder('1');
    expect(h.emulator.db.tenant(h.tenantId).orders.get(result.documentNumber)?.CustomerNumber).toBe(
      internal,
    );
  });

  it('refuses a missing cost center before writing anything', async () => {
    h = await start({ settings: { costCenter: 'NOPE' } });
    const before = h.emulator.db.tenant(h.tenantId).orders.size;
    await expect(h.integration.sendOrder('1')).rejects.toMatchObject({
      code: 'missing_fortnox_code',
      field: 'costCenter',
    });
    expect(h.emulator.db.tenant(h.tenantId).orders.size).toBe(before);
    expect((await h.integration.getOrderStatus('1')).lastError?.code).toBe('missing_fortnox_code');
  });

  it('#9 sends no order number of ours anywhere, and a lost answer is still found by the send key', async () => {
    h = await start({
      settings: {
        doNotSendOrderNumber: true,
        orderNumberAsYourOrderNumber: true,
        orderNumberInComment: true,
        summaryInOrderText: true,
      },
    });
    h.emulator.control.injectFault({
      method: 'POST',
      path: '/3/orders',
      count: 1,
      timeoutAfterCommit: true,
    });
    const { result } = await h.integration.sendOrder('1');
    expect(ordersWithKey(h)).toHaveLength(1);
    const written = h.emulator.db.tenant(h.tenantId).orders.get(result.documentNumber);
    expect(written?.ExternalInvoiceReference1 ?? '').toBe('');
    expect(JSON.stringify(written)).not.toContain('AO-1');
    expect(written?.ExternalInvoiceReference2).toMatch(/^fk1-/);
  });

  it('refuses an order that is not ready for invoicing unless setting 19 is on', async () => {
    h = await start({ orders: [order('1', { readyForInvoicing: false })] });
    await expect(h.integration.sendOrder('1')).rejects.toMatchObject({ code: 'order_not_ready' });
  });

  it('creates the invoice and sends it by the customer delivery type when 36 is on', async () => {
    h = await start({ settings: { sendInvoiceAfterTransfer: true } });
    const { result, status } = await h.integration.sendOrder('1');
    expect(result.invoiceNumber).toBeDefined();
    const invoice = h.emulator.db.tenant(h.tenantId).invoices.get(result.invoiceNumber ?? '');
    expect(invoice?.Sent).toBe(true);
    expect(status.invoice?.state).toBe('sent');
    expect(status.state).toBe('invoiced');
  });

  it('marks the host order invoiced at once when 18 is on', async () => {
    h = await start({ settings: { markInvoicedOnSend: true } });
    const { status } = await h.integration.sendOrder('1');
    expect(status.state).toBe('invoiced');
    expect((await h.hostOrders.findById('1'))?.invoiced).toBe(true);
  });

  it('never writes a second document when sent twice', async () => {
    h = await start();
    await h.integration.sendOrder('1');
    await expect(h.integration.sendOrder('1')).rejects.toMatchObject({
      code: 'resend_not_allowed',
    });
    expect(ordersWithKey(h)).toHaveLength(1);
  });

  it('updates the same Fortnox order on re-send with 19 on, rows by RowId', async () => {
    h = await start({ settings: { allowSendBeforeReady: true } });
    const first = await h.integration.sendOrder('1');
    h.hostOrders.put({
      ...order('1'),
      integrationReference: first.status.reference,
      articleRows: [{ articleNumber: 'ARB', quantity: 3 }],
    });
    const second = await h.integration.sendOrder('1');
    expect(second.result).toMatchObject({
      updated: true,
      documentNumber: first.result.documentNumber,
    });
    expect(ordersWithKey(h)).toHaveLength(1);
    const rows =
      h.emulator.db.tenant(h.tenantId).orders.get(first.result.documentNumber)?.OrderRows ?? [];
    expect(rows.map((r) => [r.ArticleNumber, r.DeliveredQuantity])).toEqual([['ARB', 3]]);
  });

  it('refuses a re-send once Fortnox has invoiced the order', async () => {
    h = await start({ settings: { allowSendBeforeReady: true } });
    const first = await h.integration.sendOrder('1');
    await h.integration.client.orders.createInvoice(first.result.documentNumber);
    await expect(h.integration.sendOrder('1')).rejects.toMatchObject({ code: 'already_invoiced' });
  });
});
