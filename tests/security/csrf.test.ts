import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBody } from '../../packages/core/src/handler/contract.js';
import { type SecureHost, startSecureHost } from './secure-host.js';

/** Every state-changing route, with a body that would succeed from the app itself. */
const STATE_CHANGING = [
  ['POST', '/connection/connect', { mode: 'redirect', returnTo: '/x' }],
  ['DELETE', '/connection', undefined],
  ['PUT', '/settings', { settings: { orderText: 'Hacked' } }],
  ['POST', '/sync', { full: true }],
  ['POST', '/orders/acme-o1/send', undefined],
  ['POST', '/orders/import', { fortnoxOrderNumber: '1' }],
] as const;

/** What a page on another site can make a browser send without a CORS preflight. */
const ATTACKS: Record<string, Record<string, string>> = {
  'text/plain fetch from a foreign Origin': {
    'content-type': 'text/plain;charset=UTF-8',
    origin: 'https://evil.example',
    'sec-fetch-site': 'cross-site',
  },
  'HTML form post': {
    'content-type': 'application/x-www-form-urlencoded',
    origin: 'https://evil.example',
  },
  'JSON from a foreign Origin (had CORS been opened)': {
    'content-type': 'application/json',
    origin: 'https://evil.example',
  },
  'JSON marked cross-site by the browser': {
    'content-type': 'application/json',
    'sec-fetch-site': 'same-site',
  },
  'no content type and no x-fortnox-kit header': {},
};

let host: SecureHost;
beforeAll(async () => {
  host = await startSecureHost();
}, 60_000);
afterAll(() => host?.close());

/** What a refused request must not have changed. */
async function snapshot() {
  const acme = host.integrations.acme;
  return {
    connection: (await acme.getConnectionState()).status,
    settings: (await acme.getSettings()).settings,
    runs: (await acme.getSyncStatus()).runs.length,
    orders: host.allOrders('acme'),
  };
}

describe('CSRF defence over real HTTP', { timeout: 60_000 }, () => {
  it('refuses every cross-origin simple request to every state-changing route with 403 and changes nothing', async () => {
    const cookie = host.login('acme', 'admin');
    const before = await snapshot();
    for (const [name, headers] of Object.entries(ATTACKS)) {
      for (const [method, path, body] of STATE_CHANGING) {
        const response = await fetch(`${host.api}${path}`, {
          method,
          headers: { cookie, ...headers },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        const label = `${name}: ${method} ${path}`;
        expect(response.status, label).toBe(403);
        const { error } = ErrorBody.parse(await response.json());
        expect(error.code, label).toBe('csrf_refused');
        expect(error.userMessage?.sv, label).toMatch(/avvisades/);
      }
    }
    await host.integrations.acme.sync.idle();
    expect(await snapshot()).toEqual(before);
  });

  it('lets the same requests through from the app itself (same origin, JSON)', async () => {
    const headers = {
      cookie: host.login('acme', 'admin'),
      origin: host.origin,
      'sec-fetch-site': 'same-origin',
      'content-type': 'application/json',
    };
    const put = await fetch(`${host.api}/settings`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ settings: { orderText: 'Från appen' } }),
    });
    expect(put.status).toBe(200);
    const sent = await fetch(`${host.api}/orders/acme-o1/send`, { method: 'POST', headers });
    expect(sent.status).toBe(200);
    const sync = await fetch(`${host.api}/sync`, { method: 'POST', headers, body: '{}' });
    expect(sync.status).toBe(202);
  });

  it('accepts a bodyless request marked with x-fortnox-kit and an origin from allowedOrigins', async () => {
    const other = await startSecureHost({ allowedOrigins: ['https://admin.example.se'] });
    try {
      const response = await fetch(`${other.api}/orders/acme-o1/send`, {
        method: 'POST',
        headers: {
          cookie: other.login('acme', 'user'),
          origin: 'https://admin.example.se',
          'sec-fetch-site': 'cross-site',
          'x-fortnox-kit': '1',
        },
      });
      expect(response.status).toBe(200);
    } finally {
      await other.close();
    }
  });

  it('keeps the OAuth callback (a GET redirect from Fortnox) outside the check', async () => {
    const response = await fetch(`${host.api}/oauth/callback?code=x&state=unknown`, {
      headers: { origin: 'https://apps.fortnox.se', 'sec-fetch-site': 'cross-site' },
      redirect: 'manual',
    });
    expect(response.status).toBe(400);
    expect(ErrorBody.parse(await response.json()).error.code).toBe('oauth_state_mismatch');
  });
});
