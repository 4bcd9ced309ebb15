import { afterEach, describe, expect, it } from 'vitest';
import {
  type Harness,
  HOST_TENANT,
  startHarness,
} from '../integration/emulator-harness.test-support.js';
import { oneReadyWorkOrder } from '../integration/host-fixture.test-support.js';
import {
  ConnectionState,
  ErrorBody,
  OrderStatus,
  SettingsResponse,
  SyncStatus,
} from './contract.js';
import { createFortnoxHandler, type FortnoxHandler } from './create-fortnox-handler.js';

const BASE = 'http://app.test/api/fortnox';

let h: Harness;
let handler: FortnoxHandler;
afterEach(() => h?.close());

async function setup(connect = true, settings = {}) {
  h = await startHarness({ ...oneReadyWorkOrder(), connect, settings });
  handler = createFortnoxHandler(h.integration, {
    basePath: '/api/fortnox',
    authorize: (request) => {
      const id = request.headers.get('x-user');
      return id
        ? { id, tenantId: HOST_TENANT, isAdmin: request.headers.get('x-role') === 'admin' }
        : null;
    },
  });
}

const call = (
  path: string,
  init: RequestInit & { role?: 'admin' | 'user' | 'none'; userId?: string } = {},
) => {
  const { role = 'user', userId = 'u1', ...rest } = init;
  const headers = new Headers(rest.headers);
  if (role !== 'none') headers.set('x-user', userId);
  if (role === 'admin') headers.set('x-role', 'admin');
  if (rest.body) headers.set('content-type', 'application/json');
  headers.set('x-fortnox-kit', '1'); // what the React client sends (the CSRF defence)
  return handler(new Request(`${BASE}${path}`, { ...rest, headers }));
};

const errorOf = async (response: Response) => ErrorBody.parse(await response.json()).error;

// Every test runs the emulator and a whole OAuth connect; generous under a loaded CI.
describe('createFortnoxHandler', { timeout: 30_000 }, () => {
  it('refuses a settings write from a non-admin with 403 forbidden and keeps the settings', async () => {
    await setup();
    const response = await call('/settings', {
      method: 'PUT',
      body: JSON.stringify({ settings: { markInvoicedOnSend: true } }),
    });
    expect(response.status).toBe(403);
    expect((await errorOf(response)).code).toBe('forbidden');
    expect((await h.integration.getSettings()).settings.markInvoicedOnSend).toBe(false);
  });

  it('lets an admin write settings and rejects an invalid one naming the field', async () => {
    await setup();
    const ok = await call('/settings', {
      method: 'PUT',
      role: 'admin',
      body: JSON.stringify({ settings: { markInvoicedOnSend: true } }),
    });
    expect(ok.status).toBe(200);
    expect(SettingsResponse.parse(await ok.json()).settings.markInvoicedOnSend).toBe(true);
    const bad = await call('/settings', {
      method: 'PUT',
      role: 'admin',
      body: JSON.stringify({ settings: { costCenter: 'WAY-TOO-LONG' } }),
    });
    expect(bad.status).toBe(400);
    expect(await errorOf(bad)).toMatchObject({ code: 'validation_failed', field: 'costCenter' });
  });

  it('answers a cost center Fortnox does not have with 422 at the field, in both languages', async () => {
    await setup();
    const missing = await call('/settings', {
      method: 'PUT',
      role: 'admin',
      body: JSON.stringify({ settings: { costCenter: 'NOPE' } }),
    });
    expect(missing.status).toBe(422);
    expect(await errorOf(missing)).toMatchObject({
      code: 'missing_fortnox_code',
      field: 'costCenter',
      userMessage: { sv: expect.stringMatching(/^Kostnadsställe "NOPE" finns inte i Fortnox/) },
    });
  });

  it('refuses an OAuth callback with a wrong state and stays disconnected', async () => {
    await setup(false);
    await call('/connection/connect', { method: 'POST', role: 'admin', body: '{}' });
    const response = await call('/oauth/callback?code=stolen&state=forged', { role: 'none' });
    expect(response.status).toBe(400);
    expect((await errorOf(response)).code).toBe('oauth_state_mismatch');
    expect(ConnectionState.parse(await (await call('/connection')).json()).status).toBe(
      'not_connected',
    );
  });

  it('connects through the OAuth redirect and reports the company, never a token', async () => {
    await setup(false);
    const started = await call('/connection/connect', {
      method: 'POST',
      role: 'admin',
      body: JSON.stringify({ returnTo: '/admin/fortnox', subgroup: 'Väst' }),
    });
    const { authorizeUrl } = (await started.json()) as { authorizeUrl: string };
    const consent = new URL(authorizeUrl);
    consent.searchParams.set('tenant_id', String(h.tenantId));
    consent.searchParams.set('decision', 'allow');
    const back = new URL(
      (await fetch(consent, { redirect: 'manual' })).headers.get('location') ?? '',
    );
    const callback = await call(`/oauth/callback${back.search}`, { role: 'admin' });
    expect(callback.status).toBe(302);
    expect(callback.headers.get('location')).toBe(
      'http://app.test/admin/fortnox?fortnox=connected',
    );
    const text = await (await call('/connection')).text();
    const state = ConnectionState.parse(JSON.parse(text));
    expect(state.status).toBe('connected');
    expect(state.subgroup).toBe('Väst');
    expect((await h.integration.getSettings()).settings.subgroup).toBe('Väst');
    expect(state.company?.name).toBe(h.emulator.db.tenant(h.tenantId).company.CompanyName);
    expect(text).not.toMatch(/token|secret/i);
    expect(text).not.toContain(h.app.clientSecret);
    await h.integration.sync.idle();
  });

  it('refuses a callback with a valid state from another session or none, and leaves the state to its user', async () => {
    await setup(false);
    const started = await call('/connection/connect', {
      method: 'POST',
      role: 'admin',
      body: JSON.stringify({ returnTo: '/admin/fortnox' }),
    });
    const consent = new URL(((await started.json()) as { authorizeUrl: string }).authorizeUrl);
    consent.searchParams.set('tenant_id', String(h.tenantId));
    consent.searchParams.set('decision', 'allow');
    const back = new URL(
      (await fetch(consent, { redirect: 'manual' })).headers.get('location') ?? '',
    );
    const other = await call(`/oauth/callback${back.search}`, { role: 'admin', userId: 'u2' });
    expect(other.status).toBe(400);
    expect((await errorOf(other)).code).toBe('oauth_state_mismatch');
    const none = await call(`/oauth/callback${back.search}`, { role: 'none' });
    expect((await errorOf(none)).code).toBe('oauth_state_mismatch');
    expect((await h.integration.getConnectionState()).status).toBe('not_connected');
    const own = await call(`/oauth/callback${back.search}`, { role: 'admin' });
    expect(own.headers.get('location')).toBe('http://app.test/admin/fortnox?fortnox=connected');
    await h.integration.sync.idle();
  });

  it('answers the popup callback with a page that posts to the host origin only', async () => {
    await setup(false);
    const started = await call('/connection/connect', {
      method: 'POST',
      role: 'admin',
      body: JSON.stringify({ mode: 'popup' }),
    });
    const consent = new URL(((await started.json()) as { authorizeUrl: string }).authorizeUrl);
    consent.searchParams.set('tenant_id', String(h.tenantId));
    consent.searchParams.set('decision', 'deny');
    const back = new URL(
      (await fetch(consent, { redirect: 'manual' })).headers.get('location') ?? '',
    );
    const page = await call(`/oauth/callback${back.search}`, { role: 'admin' });
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await page.text();
    expect(html).toContain('"type":"fortnox-kit:oauth","status":"error","code":"oauth_denied"');
    expect(html).toContain('"http://app.test"');
    const reused = await call(`/oauth/callback${back.search}`, { role: 'admin' });
    expect((await errorOf(reused)).code).toBe('oauth_state_mismatch');
  });

  it('disconnects for admins only, after which sending needs a connection', async () => {
    await setup();
    expect((await call('/connection', { method: 'DELETE' })).status).toBe(403);
    expect((await call('/connection', { method: 'DELETE', role: 'admin' })).status).toBe(204);
    expect(ConnectionState.parse(await (await call('/connection')).json())).toMatchObject({
      status: 'not_connected',
      company: null,
    });
    const send = await call('/orders/o1/send', { method: 'POST' });
    expect(send.status).toBe(409);
    expect((await errorOf(send)).code).toBe('not_connected');
  });

  it('reports reconnect_needed when the customer revoked the grant in Fortnox', async () => {
    await setup();
    h.emulator.tokens.revoke(await h.integration.connection.getAccessToken());
    const send = await call('/orders/o1/send', { method: 'POST' });
    expect(send.status).toBe(409);
    expect((await errorOf(send)).code).toBe('reconnect_needed');
    expect(ConnectionState.parse(await (await call('/connection')).json()).status).toBe(
      'reconnect_needed',
    );
    expect(OrderStatus.parse(await (await call('/orders/o1/status')).json())).toMatchObject({
      canSend: false,
      lastError: { code: 'reconnect_needed' },
    });
  });

  it('imports a Fortnox order with 201 and refuses it with the setting off', async () => {
    await setup(true, { createOrderFromReference: true });
    const tenant = h.emulator.db.tenant(h.tenantId);
    const number = h.emulator.control.actAsUser(h.tenantId).createOrder({
      CustomerNumber: [...tenant.customers.values()][0]?.CustomerNumber,
      OrderRows: [{ Description: 'Service enligt avtal' }],
    });
    const created = await call('/orders/import', {
      method: 'POST',
      body: JSON.stringify({ fortnoxOrderNumber: number }),
    });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({
      orderId: expect.any(String),
      orderNumber: expect.any(String),
    });
    const invalid = await call('/orders/import', {
      method: 'POST',
      body: JSON.stringify({ fortnoxOrderNumber: 'abc' }),
    });
    expect(await errorOf(invalid)).toMatchObject({
      code: 'validation_failed',
      field: 'fortnoxOrderNumber',
    });
    await h.integration.putSettings({ createOrderFromReference: false });
    const off = await call('/orders/import', {
      method: 'POST',
      body: JSON.stringify({ fortnoxOrderNumber: number }),
    });
    expect((await errorOf(off)).code).toBe('feature_disabled');
  });

  it('answers 401 without a user and 404 for an unknown route, as JSON errors', async () => {
    await setup();
    const anonymous = await call('/settings', { role: 'none' });
    expect(anonymous.status).toBe(401);
    expect((await errorOf(anonymous)).code).toBe('unauthenticated');
    const unknown = await call('/nope');
    expect(unknown.status).toBe(404);
    expect((await errorOf(unknown)).code).toBe('not_found');
    const badJson = await call('/sync', { method: 'POST', body: '{nope' });
    expect((await errorOf(badJson)).code).toBe('bad_request');
  });

  it('sends an order and reports its status', async () => {
    await setup();
    const sent = await call('/orders/o1/send', { method: 'POST' });
    expect(sent.status).toBe(200);
    const status = OrderStatus.parse(await sent.json());
    expect(status).toMatchObject({ orderId: 'o1', state: 'sent', canSend: false });
    expect(OrderStatus.parse(await (await call('/orders/o1/status')).json()).reference).toEqual(
      status.reference,
    );
    const again = await call('/orders/o1/send', { method: 'POST' });
    expect((await errorOf(again)).code).toBe('resend_not_allowed');
  });

  it('serves the order confirmation and, once invoiced, the invoice as PDF', async () => {
    await setup();
    await call('/orders/o1/send', { method: 'POST' });
    const noInvoice = await call('/orders/o1/invoice.pdf');
    expect((await errorOf(noInvoice)).code).toBe('invoice_not_found');
    const confirmation = await call('/orders/o1/confirmation.pdf');
    expect(confirmation.headers.get('content-type')).toBe('application/pdf');
    expect(new TextDecoder().decode((await confirmation.arrayBuffer()).slice(0, 5))).toBe('%PDF-');
  });

  it('refuses the article CSV export to non-admins and streams it to admins', async () => {
    await setup();
    expect((await call('/articles/export.csv')).status).toBe(403);
    const csv = await call('/articles/export.csv', { role: 'admin' });
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(await csv.text()).toContain('FILTER-10');
  });

  it('starts a sync, refuses a second while it runs, and streams progress over SSE', async () => {
    await setup();
    const events = await call('/sync/events');
    expect(events.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    // Hold the first run inside the host's register until the second click has been answered,
    // so "still running" does not depend on how fast this machine is.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const changedSince = h.registers.customers.changedSince.bind(h.registers.customers);
    h.registers.customers.changedSince = async (cursor, limit) => {
      await held;
      return changedSince(cursor, limit);
    };
    const started = await call('/sync', { method: 'POST', body: JSON.stringify({ full: true }) });
    expect(started.status).toBe(202);
    const second = await call('/sync', { method: 'POST', body: '{}' });
    expect((await errorOf(second)).code).toBe('sync_in_progress');
    release();
    await h.integration.sync.idle();
    const text = await readUntil(events, 'event: finished');
    expect(text).toContain('event: status');
    expect(text).toContain('event: progress');
    const status = SyncStatus.parse(await (await call('/sync/status')).json());
    expect(status.running).toBeNull();
    expect(status.runs[0]?.trigger).toBe('manual');
  });
});

async function readUntil(response: Response, marker: string): Promise<string> {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let text = '';
  while (!text.includes(marker)) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value);
  }
  await reader.cancel();
  return text;
}
