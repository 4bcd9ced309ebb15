import { getEventListeners, once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createVirtualClock } from '../env/clock.js';
import { isFortnoxNetworkError } from '../errors/fortnox-network-error.js';
import { createNodeFetch } from '../node/node-fetch.js';
import { createSlidingWindowRateLimiter } from '../rate-limit/sliding-window-rate-limiter.js';
import { staticAccessToken } from './access-token-provider.js';
import { createFortnoxClient } from './create-fortnox-client.js';

// A Fortnox that answers `/3/customers/1` at once and never answers `/3/customers/slow`.
let server: Server;
let baseUrl: string;
let open: number;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/3/customers/slow') {
      open++;
      res.on('close', () => open--);
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ Customer: { CustomerNumber: '1', Name: 'Ada' } }));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  server.close();
  await once(server, 'close');
});

beforeEach(() => {
  open = 0;
});

const transports = [
  ['Node fetch', () => globalThis.fetch],
  ['createNodeFetch', () => createNodeFetch()],
] as const;

describe.each(transports)('the client over %s', (_name, transport) => {
  const client = (timeoutMs = 30_000) => {
    const clock = createVirtualClock({ autoAdvance: true });
    return createFortnoxClient({
      auth: staticAccessToken('token', 'signal-test'),
      baseUrl,
      clock,
      rateLimiter: createSlidingWindowRateLimiter({ clock }),
      fetch: transport(),
      retry: { maxRetries: 0 },
      timeoutMs,
    });
  };
  const waitUntil = async (done: () => boolean) => {
    while (!done()) await new Promise((resolve) => setTimeout(resolve, 5));
  };

  it('reports a timed-out network error when no answer comes within timeoutMs', async () => {
    const error = await client(50)
      .request({ method: 'GET', path: 'customers/slow' })
      .catch((e: unknown) => e);
    expect(isFortnoxNetworkError(error)).toBe(true);
    expect(error).toMatchObject({ timeout: true });
    await waitUntil(() => open === 0);
  });

  it("rejects with the caller's reason and closes the request when the caller aborts", async () => {
    const controller = new AbortController();
    const pending = client().request({
      method: 'GET',
      path: 'customers/slow',
      signal: controller.signal,
    });
    await waitUntil(() => open === 1);
    controller.abort('cancelled by the host');
    await expect(pending).rejects.toBe('cancelled by the host');
    await waitUntil(() => open === 0);
  });

  it('answers normally with a long-lived caller signal, which aborts nothing afterwards', async () => {
    const controller = new AbortController();
    const c = client();
    for (let i = 0; i < 3; i++) {
      const customer = await c.request({
        method: 'GET',
        path: 'customers/1',
        signal: controller.signal,
      });
      expect(customer).toEqual({ Customer: { CustomerNumber: '1', Name: 'Ada' } });
    }
    controller.abort();
  });

  it("leaves nothing behind on the caller's signal, however many calls it covers", async () => {
    // Node 20 keeps a reference per `AbortSignal.any([signal, ...])` on `signal` and never
    // prunes it: a sync run's signal would hold one per request (decisions/049).
    const dependants = (signal: AbortSignal) => {
      const key = Object.getOwnPropertySymbols(signal).find((s) =>
        String(s).includes('DependantSignals'),
      );
      return key ? ((signal as unknown as Record<symbol, Set<unknown>>)[key]?.size ?? 0) : 0;
    };
    const controller = new AbortController();
    const c = client();
    for (let i = 0; i < 5; i++)
      await c.request({ method: 'GET', path: 'customers/1', signal: controller.signal });
    expect(dependants(controller.signal)).toBe(0);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });
});
