import { createVirtualClock } from '@fortnox-kit/core';
import { describe, expect, it } from 'vitest';
import { API, useEmulator } from '../test-support.js';

const f = useEmulator({
  rules: { rateLimit: false },
  clock: createVirtualClock({ autoAdvance: true }),
});

const createCustomer = () =>
  f.api('/3/customers', { method: 'POST', json: { Customer: { Name: 'Felfri AB' } } });

describe('control: clock', () => {
  it('reads and advances the emulator clock', () => {
    const before = f.emulator.control.now();
    expect(f.emulator.control.advanceClock(60_000)).toBe(before + 60_000);
  });
});

describe('control: faults', () => {
  it('answers an injected status once, then recovers', async () => {
    f.emulator.control.injectFault({ path: '/3/customers', status: 503 });
    expect((await f.api('/3/customers')).status).toBe(503);
    expect((await f.api('/3/customers')).status).toBe(200);
  });

  it('hits only the given method and count', async () => {
    f.emulator.control.injectFault({ method: 'POST', path: '/3/customers', status: 500, count: 2 });
    expect((await f.api('/3/customers')).status).toBe(200);
    expect((await createCustomer()).status).toBe(500);
    expect((await createCustomer()).status).toBe(500);
    expect((await createCustomer()).status).toBe(201);
  });

  it('drops the connection on reset (fetch rejects)', async () => {
    f.emulator.control.injectFault({ path: /^\/3\/articles/, reset: true });
    await expect(f.api('/3/articles')).rejects.toThrow(TypeError);
  });

  it('commits the write but loses the response on timeoutAfterCommit', async () => {
    const before = f.emulator.db.tenant(f.tenantId).customers.size;
    f.emulator.control.injectFault({
      method: 'POST',
      path: '/3/customers',
      timeoutAfterCommit: true,
    });
    await expect(createCustomer()).rejects.toThrow(TypeError);
    expect(f.emulator.db.tenant(f.tenantId).customers.size).toBe(before + 1);
  });

  it('delays by latencyMs of the emulator clock', async () => {
    f.emulator.control.injectFault({ path: '/3/customers', latencyMs: 30_000 });
    const start = f.emulator.control.now();
    expect((await f.api('/3/customers')).status).toBe(200);
    expect(f.emulator.control.now() - start).toBeGreaterThanOrEqual(30_000);
  });

  it('hits a share of requests with a probability, reproducibly', async () => {
    f.emulator.control.injectFault({
      path: '/3/companyinformation',
      probability: 0.5,
      status: 500,
    });
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) statuses.push((await f.api('/3/companyinformation')).status);
    const failures = statuses.filter((s) => s === 500).length;
    expect(failures).toBeGreaterThan(0);
    expect(failures).toBeLessThan(20);
  });

  it('targets one tenant only', async () => {
    const other = f.emulator.createTenant({ size: 0 });
    f.emulator.control.injectFault({
      path: '/3/',
      tenantId: other.tenantId,
      status: 500,
      count: 5,
    });
    expect((await f.api('/3/customers')).status).toBe(200);
  });
});

describe('control: request log', () => {
  it('logs requests with status and tenant, and counts them per tenant', async () => {
    await f.api('/3/customers');
    await f.api('/3/nope');
    await f.api('/3/customers', { headers: { Authorization: '' } });
    const log = f.emulator.control.requests({ tenantId: f.tenantId });
    expect(log.map((e) => [e.method, e.path, e.status])).toEqual([
      ['GET', '/3/customers', 200],
      ['GET', '/3/nope', 404],
    ]);
    expect(f.emulator.control.requestCounts()[f.tenantId]).toBe(2);
    const anonymous = f.emulator.control.requests().at(-1);
    expect(anonymous?.status).toBe(401);
    expect(anonymous?.tenantId).toBeUndefined();
  });
});

describe('control: act as user', () => {
  it('edits a customer inside Fortnox: lastmodified moves and an event is published', async () => {
    const seen: string[] = [];
    f.emulator.events.subscribe((e) => seen.push(`${e.type}:${e.entityId}`));
    f.emulator.control.actAsUser(f.tenantId).updateCustomer('2', { Phone1: '08-123456' });
    expect(seen).toEqual(['customer-updated-v2:2']);
    const body = await (await f.api('/3/customers/2')).json();
    expect(body.Customer.Phone1).toBe('08-123456');
  });

  it('runs the invoice lifecycle: order, invoice, send, bookkeep, pay', async () => {
    const user = f.emulator.control.actAsUser(f.tenantId);
    const order = user.createOrder({
      CustomerNumber: '1',
      OrderRows: [{ ArticleNumber: '1', DeliveredQuantity: 1, Price: 80 }],
    });
    const invoice = (
      await (await f.api(`/3/orders/${order}/createinvoice`, { method: 'PUT' })).json()
    ).Invoice.DocumentNumber;
    user.sendInvoice(invoice);
    user.bookkeepInvoice(invoice);
    user.payInvoice(invoice);
    const body = await (await f.api(`/3/invoices/${invoice}`)).json();
    expect(body.Invoice).toMatchObject({ Sent: true, Booked: true, Balance: 0 });
  });

  it('changes a price so the article SalesPrice follows', async () => {
    f.emulator.control.actAsUser(f.tenantId).setPrice({ articleNumber: '4', price: 321 });
    expect((await (await f.api('/3/articles/4')).json()).Article.SalesPrice).toBe(321);
  });
});

describe('control over HTTP', () => {
  it('advances the clock, injects a fault and reads the log at /__emulator', async () => {
    const advanced = await fetch(`${API}/__emulator/clock/advance`, {
      method: 'POST',
      body: JSON.stringify({ ms: 1000 }),
    });
    expect(advanced.status).toBe(200);
    await fetch(`${API}/__emulator/faults`, {
      method: 'POST',
      body: JSON.stringify({ path: '/3/units', status: 502 }),
    });
    expect((await f.api('/3/units')).status).toBe(502);
    const log = await (await fetch(`${API}/__emulator/requests?tenantId=${f.tenantId}`)).json();
    expect(log.requests.at(-1)).toMatchObject({
      path: '/3/units',
      status: 502,
      fault: 'status-502',
    });
  });

  it('acts as a user over HTTP', async () => {
    const res = await fetch(`${API}/__emulator/tenants/${f.tenantId}/act`, {
      method: 'POST',
      body: JSON.stringify({ action: 'updateCustomer', args: ['3', { City: 'Visby' }] }),
    });
    expect(res.status).toBe(200);
    expect((await (await f.api('/3/customers/3')).json()).Customer.City).toBe('Visby');
  });

  describe('control: act as user, cancelling', () => {
    it('cancels an unbooked invoice inside Fortnox', async () => {
      const user = f.emulator.control.actAsUser(f.tenantId);
      const invoice = (
        await (
          await f.api('/3/invoices', {
            method: 'POST',
            json: { Invoice: { CustomerNumber: '1', InvoiceRows: [{ Description: 'Test' }] } },
          })
        ).json()
      ).Invoice.DocumentNumber;
      user.cancelInvoice(invoice);
      expect((await (await f.api(`/3/invoices/${invoice}`)).json()).Invoice.Cancelled).toBe(true);
    });
  });
});
