import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { type FortnoxMockServer, startFortnoxMock } from './node-server.js';

let mock: FortnoxMockServer;
let token: string;

beforeAll(async () => {
  mock = await startFortnoxMock({ port: 0, seed: 1, size: 20 });
  token = mock.emulator.issueTokens({
    clientId: mock.demo.clientId,
    tenantId: mock.demo.tenantId,
  }).accessToken;
});
afterAll(() => mock.close());

const get = (path: string) =>
  fetch(`${mock.url}${path}`, { headers: { Authorization: `Bearer ${token}` } });

describe('startFortnoxMock (real localhost server)', () => {
  it('answers REST requests over real HTTP with Fortnox wrappers', async () => {
    const res = await get('/3/customers?limit=3');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.Customers).toHaveLength(3);
    expect(body.Customers[0]['@url']).toBe(`${mock.url}/3/customers/1`);
  });

  it('answers an unknown path with the HTML 404', async () => {
    const res = await get('/3/nothing');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('text/html');
  });

  it('walks the OAuth flow with the demo client over HTTP', async () => {
    const query = new URLSearchParams({
      client_id: mock.demo.clientId,
      redirect_uri: mock.demo.redirectUri,
      scope: 'customer',
      state: 's1',
      response_type: 'code',
      tenant_id: String(mock.demo.tenantId),
      decision: 'allow',
    });
    const consent = await fetch(`${mock.url}/oauth-v1/auth?${query}`, { redirect: 'manual' });
    expect(consent.status).toBe(302);
    const code = new URL(consent.headers.get('location') ?? '').searchParams.get('code') ?? '';
    const res = await fetch(`${mock.url}/oauth-v1/token`, {
      method: 'POST',
      headers: {
        Authorization: `Basic ${btoa(`${mock.demo.clientId}:${mock.demo.clientSecret}`)}`,
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: mock.demo.redirectUri,
      }),
    });
    expect(res.status).toBe(200);
    expect((await res.json()).token_type).toBe('bearer');
  });

  it('drops the connection for a reset fault', async () => {
    mock.emulator.control.injectFault({ path: '/3/articles', reset: true });
    await expect(get('/3/articles')).rejects.toThrow();
  });

  it('streams WebSocket events at /topics-v1', async () => {
    const socket = new WebSocket(mock.wsUrl);
    const frames: Record<string, unknown>[] = [];
    await new Promise((resolve) => socket.once('open', resolve));
    const subscribed = new Promise<void>((resolve) =>
      socket.on('message', (data) => {
        const frame = JSON.parse(data.toString());
        frames.push(frame);
        if (frame.response === 'subscribe-v1') resolve();
      }),
    );
    socket.send(
      JSON.stringify({
        command: 'add-tenants-v1',
        clientSecret: mock.demo.clientSecret,
        accessTokens: [token],
      }),
    );
    socket.send(JSON.stringify({ command: 'add-topics-v1', topics: [{ topic: 'customers' }] }));
    socket.send(JSON.stringify({ command: 'subscribe-v1' }));
    await subscribed;
    const event = new Promise<Record<string, unknown>>((resolve) =>
      socket.on('message', (data) => {
        const frame = JSON.parse(data.toString());
        if (frame.topic) resolve(frame);
      }),
    );
    mock.emulator.control.actAsUser(mock.demo.tenantId).updateCustomer('1', { City: 'Kalmar' });
    expect(await event).toMatchObject({
      topic: 'customers',
      type: 'customer-updated-v2',
      entityId: '1',
    });
    socket.close();
  });
});
