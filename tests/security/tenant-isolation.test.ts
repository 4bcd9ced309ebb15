import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBody, OrderStatus } from '../../packages/core/src/handler/contract.js';
import { type SecureHost, startSecureHost } from './secure-host.js';

/** Every route with an order id in its path. */
const ORDER_ROUTES = [
  ['POST', 'send'],
  ['GET', 'status'],
  ['GET', 'invoice.pdf'],
  ['GET', 'confirmation.pdf'],
] as const;

let host: SecureHost;
beforeAll(async () => {
  host = await startSecureHost();
}, 60_000);
afterAll(() => host?.close());

const headersFor = (cookie: string) => ({
  cookie,
  origin: host.origin,
  'content-type': 'application/json',
});

describe('tenant isolation over real HTTP (the host guide recipes as written)', {
  timeout: 30_000,
}, () => {
  it("answers 404 on every order route for another tenant's order and leaves it unsent", async () => {
    const acmeAdmin = host.login('acme', 'admin');
    for (const [method, suffix] of ORDER_ROUTES) {
      const response = await fetch(`${host.api}/orders/bolt-o1/${suffix}`, {
        method,
        headers: headersFor(acmeAdmin),
      });
      expect(response.status, `${method} ${suffix}`).toBe(404);
      expect(ErrorBody.parse(await response.json()).error.code).toBe('not_found');
    }
    const boltOrder = host.allOrders('bolt').find((o) => o.id === 'bolt-o1');
    expect(boltOrder?.integrationReference ?? null).toBeNull();
    expect(host.allOrders('acme').map((o) => o.id)).toEqual(['acme-o1']);
    // The same routes work for the order's own tenant.
    const boltUser = host.login('bolt', 'user');
    const sent = await fetch(`${host.api}/orders/bolt-o1/send`, {
      method: 'POST',
      headers: headersFor(boltUser),
    });
    expect(sent.status).toBe(200);
    expect(OrderStatus.parse(await sent.json()).state).toBe('sent');
    const foreignStatus = await fetch(`${host.api}/orders/bolt-o1/status`, {
      headers: headersFor(acmeAdmin),
    });
    expect(foreignStatus.status).toBe(404);
  });

  it("keeps each tenant's settings and connection to its own integration", async () => {
    const put = await fetch(`${host.api}/settings`, {
      method: 'PUT',
      headers: headersFor(host.login('acme', 'admin')),
      body: JSON.stringify({ settings: { orderText: 'Bara Acme' } }),
    });
    expect(put.status).toBe(200);
    expect((await host.integrations.acme.getSettings()).settings.orderText).toBe('Bara Acme');
    expect((await host.integrations.bolt.getSettings()).settings.orderText).toBe('');
  });

  it('answers 400 to an order id with a malformed percent-escape on every order route', async () => {
    const cookie = host.login('acme', 'admin');
    for (const bad of ['%E0%A4%A', '%', '%zz', 'a%2']) {
      for (const [method, suffix] of ORDER_ROUTES) {
        const response = await host.raw(method, `/api/fortnox/orders/${bad}/${suffix}`, {
          ...headersFor(cookie),
        });
        expect(response.status, `${method} ${bad}/${suffix}`).toBe(400);
        expect(ErrorBody.parse(JSON.parse(response.body)).error.code).toBe('bad_request');
      }
    }
  });

  it('matches routes exactly: no prefix before a route, no dot segments', async () => {
    const cookie = host.login('acme', 'admin');
    const get = (path: string) => host.raw('GET', path, { cookie });
    expect((await get('/api/fortnox/settings')).status).toBe(200);
    expect((await get('/api/fortnox/anything/settings')).status).toBe(404);
    expect((await get('/api/fortnox/settings/')).status).toBe(404);
    expect((await get('/settings')).status).toBe(404);
    expect((await get('/api/fortnox/orders/x/../../settings')).status).toBe(400);
    expect((await get('/api/fortnox/orders/x/%2e%2E/%2E%2E/settings')).status).toBe(400);
    expect((await get('/api/fortnox/./settings')).status).toBe(400);
  });
});
