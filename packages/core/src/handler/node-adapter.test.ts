import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type Harness,
  HOST_TENANT,
  startHarness,
} from '../integration/emulator-harness.test-support.js';
import { createFortnoxHandler } from './create-fortnox-handler.js';
import { toNodeListener } from './node-adapter.js';

let h: Harness;
let server: Server;
afterEach(() => {
  server?.close();
  h?.close();
});

async function listen() {
  h = await startHarness({ transport: 'direct' });
  const handler = createFortnoxHandler(h.integration, {
    basePath: '/api/fortnox',
    authorize: (request) =>
      request.headers.get('authorization') === 'Bearer admin'
        ? { id: 'a', tenantId: HOST_TENANT, isAdmin: true }
        : null,
  });
  server = createServer(toNodeListener(handler));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/fortnox`;
}

// Every test runs the emulator and a whole OAuth connect; generous under a loaded CI.
describe('toNodeListener', { timeout: 30_000 }, () => {
  it('serves the handler from node:http, with request bodies and JSON errors', async () => {
    const base = await listen();
    const headers = { authorization: 'Bearer admin', 'content-type': 'application/json' };
    const put = await fetch(`${base}/settings`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ settings: { orderText: 'Tack!' } }),
    });
    expect(put.status).toBe(200);
    expect(((await put.json()) as { settings: { orderText: string } }).settings.orderText).toBe(
      'Tack!',
    );
    const anonymous = await fetch(`${base}/settings`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({
      error: {
        code: 'unauthenticated',
        message: expect.any(String),
        userMessage: { sv: 'Logga in och försök igen.', en: 'Sign in and try again.' },
      },
    });
  });

  it('works behind Express: the mount path is stripped from url, the body already parsed', async () => {
    h = await startHarness({ transport: 'direct' });
    const handler = createFortnoxHandler(h.integration, {
      basePath: '/api/fortnox',
      authorize: () => ({ id: 'a', tenantId: HOST_TENANT, isAdmin: true }),
    });
    const listener = toNodeListener(handler);
    // What express.json() and app.use('/api/fortnox', ...) leave on the request.
    server = createServer(async (req, res) => {
      let text = '';
      for await (const chunk of req) text += chunk;
      Object.assign(req, { originalUrl: req.url, body: text ? JSON.parse(text) : undefined });
      req.url = (req.url ?? '').replace('/api/fortnox', '');
      await listener(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/fortnox`;
    const put = await fetch(`${base}/settings`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ settings: { orderText: 'Från Express' } }),
    });
    expect(put.status).toBe(200);
    expect((await h.integration.getSettings()).settings.orderText).toBe('Från Express');
  });

  it('streams sync progress as server-sent events while the run goes', async () => {
    const base = await listen();
    const events = await fetch(`${base}/sync/events`, {
      headers: { authorization: 'Bearer admin' },
    });
    expect(events.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const started = await fetch(`${base}/sync`, {
      method: 'POST',
      headers: { authorization: 'Bearer admin', 'content-type': 'application/json' },
      body: '{"full":true}',
    });
    expect(started.status).toBe(202);
    const reader = (events.body as ReadableStream<Uint8Array>).getReader();
    let text = '';
    while (!text.includes('event: finished')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    await reader.cancel();
    expect(text).toMatch(/event: progress\ndata: \{"runId"/);
  });
});
