import { request as httpRequest } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HANDLER_ROUTES } from '../../packages/core/src/handler/contract.js';
import { type SecureHost, startSecureHost } from './secure-host.js';

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'PROPFIND', 'PURGE'];
// Route words, traversal and encoding tricks, and noise, joined into paths below and around
// the mount point.
const SEGMENTS = [
  ...['connection', 'connect', 'oauth', 'callback', 'settings', 'sync', 'status', 'events'],
  ...['orders', 'import', 'send', 'invoice.pdf', 'confirmation.pdf', 'articles', 'export.csv'],
  ...['acme-o1', 'bolt-o1', '', '.', '..', '%2e', '%2E%2e', '%E0%A4%A', '%', '%zz', '%00'],
  ...['%2F', '%C3%A5', 'api', 'fortnox', 'x'.repeat(300)],
];
const PREFIXES = ['/api/fortnox', '/api/fortnox/', '/api', '/', '//api/fortnox', '/API/fortnox'];

const segment = fc.oneof(
  fc.constantFrom(...SEGMENTS),
  fc.string({ maxLength: 12 }).map(encodeURIComponent),
);
const randomPath = fc
  .tuple(
    fc.constantFrom(...PREFIXES),
    fc.array(segment, { maxLength: 5 }),
    fc.option(fc.string({ maxLength: 20 }).map((q) => `?${encodeURIComponent(q)}=1`)),
  )
  .map(
    ([prefix, parts, query]) =>
      `${prefix}/${parts.join('/')}`.replace(/^\/\//, '/') + (query ?? ''),
  );

// A real route (often with its own method), so the fuzz reaches the workflows behind them.
const ROUTES = Object.values(HANDLER_ROUTES);
const routeTarget = fc
  .tuple(fc.constantFrom(...ROUTES), segment, fc.boolean(), fc.constantFrom(...METHODS))
  .map(([route, id, own, other]) => ({
    method: own ? route.method : other,
    path: `/api/fortnox${route.path.replace(':orderId', id || 'acme-o1')}`,
  }));
const target = fc.oneof(
  { weight: 3, arbitrary: routeTarget },
  {
    weight: 2,
    arbitrary: fc.record({ method: fc.constantFrom(...METHODS), path: randomPath }),
  },
);

const headerValue = (values: string[]) =>
  fc.option(
    fc.oneof(fc.constantFrom(...values), fc.string({ maxLength: 16 }).map(encodeURIComponent)),
  );
const headers = fc.record({
  cookie: headerValue(['admin', 'user', 'bolt', 'session=nope']),
  'content-type': headerValue([
    'application/json',
    'application/json; charset=utf-8',
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
  ]),
  origin: headerValue(['same', 'https://evil.example', 'null']),
  'sec-fetch-site': headerValue(['same-origin', 'cross-site', 'same-site', 'none']),
  'x-fortnox-kit': headerValue(['1']),
});
const body = fc.option(
  fc.oneof(
    fc.json({ maxDepth: 3 }),
    fc.string({ maxLength: 200 }),
    fc.constantFrom(
      '{"settings":{"orderText":"fuzz"}}',
      '{"settings":{"costCenter":"TOO-LONG-CODE"}}',
      '{"fortnoxOrderNumber":"1"}',
      '{"full":true,"registers":["customers"]}',
      '{"mode":"popup"}',
      '{"settings":null}',
      '[]',
      '"',
      'x'.repeat(1_100_000),
    ),
  ),
);

let host: SecureHost;
beforeAll(async () => {
  host = await startSecureHost();
}, 60_000);
afterAll(() => host?.close());

/** The status of one request: resolved at the response head (event streams never end). */
function statusOf(
  method: string,
  target: string,
  head: Record<string, string>,
  payload: string | null,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${host.origin}/`, { method, path: target, headers: head }, (res) => {
      resolve(res.statusCode ?? 0);
      res.destroy();
    });
    req.on('error', reject);
    req.end(payload ?? undefined);
  });
}

function resolveHeaders(raw: Record<string, string | null>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value === null) continue;
    if (name === 'cookie' && (value === 'admin' || value === 'user'))
      out.cookie = host.login('acme', value);
    else if (name === 'cookie' && value === 'bolt') out.cookie = host.login('bolt', 'user');
    else if (name === 'origin' && value === 'same') out.origin = host.origin;
    else out[name] = value;
  }
  return out;
}

describe('fuzzing the handler over real HTTP', { timeout: 300_000 }, () => {
  it('never answers 500 to 1,000 random method, path, header and body combinations', async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(target, headers, body, async ({ method: m, path: p }, h, b) => {
        const payload = m === 'GET' || m === 'HEAD' || b === null ? null : String(b);
        const status = await statusOf(m, p, resolveHeaders(h), payload);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        expect(status, `${m} ${p}`).not.toBe(500);
        expect(status).toBeGreaterThanOrEqual(200);
      }),
      { numRuns: 1000, seed: 20261128 },
    );
    const total = [...statuses.values()].reduce((a, n) => a + n, 0);
    console.info('fuzz statuses', Object.fromEntries(statuses));
    expect(total).toBe(1000);
    // The fuzz reached the routes, not only 404s: successes and refusals of each kind.
    for (const status of [200, 400, 401, 403, 404])
      expect(statuses.get(status) ?? 0).toBeGreaterThan(0);
  });
});
