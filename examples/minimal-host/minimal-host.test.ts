import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateEncryptionKey } from '@fortnox-kit/core';
import { type FortnoxMockServer, startFortnoxMock } from '@fortnox-kit/mock-server/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMinimalHost } from './server.js';

// The example as a newcomer runs it: the emulator and the Express host on localhost, driven
// over real HTTP the way the React components (or curl) would.
describe('examples/minimal-host', { timeout: 60_000 }, () => {
  let server: Server;
  let mock: FortnoxMockServer;
  let host: ReturnType<typeof createMinimalHost>;
  let base: string;
  const dir = mkdtempSync(join(tmpdir(), 'minimal-host-test-'));
  const admin = { cookie: 'session=admin-session', 'x-fortnox-kit': '1' };
  const api = (path: string, init: RequestInit = {}) =>
    fetch(`${base}/api/fortnox${path}`, {
      ...init,
      headers: { ...admin, 'content-type': 'application/json', ...init.headers },
    });

  beforeAll(async () => {
    server = createServer();
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const redirectUri = `${base}/api/fortnox/oauth/callback`;
    mock = await startFortnoxMock({ size: 10, redirectUri });
    host = createMinimalHost({
      fortnox: {
        clientId: mock.demo.clientId,
        clientSecret: mock.demo.clientSecret,
        redirectUri,
        apiBaseUrl: mock.url,
        authBaseUrl: mock.url,
      },
      database: join(dir, 'fortnox-kit.sqlite'),
      encryptionKey: generateEncryptionKey(),
    });
    server.on('request', host.app);
  });
  afterAll(async () => {
    await host?.integration.stop();
    await new Promise((done) => server?.close(done));
    await mock?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a request without a session', async () => {
    const response = await fetch(`${base}/api/fortnox/connection`);
    expect(response.status).toBe(401);
  });

  it('connects through OAuth, syncs, sends an order and shows its PDF', async () => {
    const connect = await api('/connection/connect', {
      method: 'POST',
      body: JSON.stringify({ mode: 'redirect', returnTo: '/' }),
    });
    expect(connect.status).toBe(200);
    const { authorizeUrl } = (await connect.json()) as { authorizeUrl: string };
    // The company's admin approves on Fortnox's consent page (the emulator's).
    const consent = new URL(authorizeUrl);
    consent.searchParams.set('tenant_id', String(mock.demo.tenantId));
    consent.searchParams.set('decision', 'allow');
    const approved = await fetch(consent, { redirect: 'manual' });
    const callback = approved.headers.get('location') ?? '';
    expect(callback.startsWith(`${base}/api/fortnox/oauth/callback`)).toBe(true);
    const back = await fetch(callback, { headers: admin, redirect: 'manual' });
    expect(back.status).toBe(302);
    const state = (await (await api('/connection')).json()) as { status: string };
    expect(state.status).toBe('connected');

    // The first sync starts on connect; wait for it.
    for (;;) {
      const status = (await (await api('/sync/status')).json()) as { running: unknown };
      if (!status.running) break;
      await new Promise((done) => setTimeout(done, 200));
    }

    const sent = await api('/orders/AO-1/send', { method: 'POST', body: '{}' });
    expect(sent.status).toBe(200);
    // The answer is the order's status (the contract's OrderStatus).
    expect(await sent.json()).toMatchObject({ state: 'sent', reference: { target: 'order' } });

    const pdf = await api('/orders/AO-1/confirmation.pdf');
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toContain('application/pdf');
  });
});
