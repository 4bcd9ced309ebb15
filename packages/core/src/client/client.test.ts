import { describe, expect, it } from 'vitest';
import { isFortnoxApiError } from '../errors/fortnox-api-error.js';
import { isFortnoxNetworkError } from '../errors/fortnox-network-error.js';
import { isFortnoxRateLimitError } from '../errors/fortnox-rate-limit-error.js';
import { isFortnoxValidationError } from '../errors/fortnox-validation-error.js';
import { useClientFixture } from './client-fixture.test-support.js';
import { createFortnoxClient } from './create-fortnox-client.js';

const f = useClientFixture();

describe('createFortnoxClient', () => {
  it('reads every page of a list and exposes the first page total before the first item', async () => {
    const list = f.client.customers.list({ pageSize: 5 });
    expect(list.total).toBeUndefined();
    const seen: string[] = [];
    for await (const customer of list) {
      expect(list.total).toBe(12);
      seen.push(customer.CustomerNumber);
    }
    expect(seen).toHaveLength(12);
    expect(new Set(seen).size).toBe(12);
    expect(list.totalPages).toBe(3);
    expect(f.apiRequests().map((r) => new URLSearchParams(r.search).get('page'))).toEqual([
      '1',
      '2',
      '3',
    ]);
  });

  it('lists only records changed since lastModified (Swedish local time, minute precision)', async () => {
    f.clock.advance(10 * 60_000);
    const since = new Date(f.clock.now());
    f.clock.advance(60_000);
    f.emulator.control.actAsUser(f.tenantId).updateCustomer('3', { City: 'Kiruna' });
    const changed = f.client.customers.list({ lastModified: since });
    const numbers = (await changed.toArray()).map((c) => c.CustomerNumber);
    expect(numbers).toEqual(['3']);
    expect(changed.total).toBe(1);
  });

  it('asks for 500 per page by default', async () => {
    await f.client.customers.list().toArray();
    expect(new URLSearchParams(f.apiRequests()[0]?.search).get('limit')).toBe('500');
  });

  it('refuses two filters in one list call before sending anything', async () => {
    const list = f.client.customers.list({ filter: 'active', search: { name: 'a' } });
    await expect(list.toArray()).rejects.toSatisfy(isFortnoxValidationError);
    expect(f.apiRequests()).toHaveLength(0);
  });

  it('names the field and sends nothing when text breaks the whitelist', async () => {
    const error = await f.client.customers.create({ Name: 'Bygg <AB>' }).catch((e: unknown) => e);
    expect(isFortnoxValidationError(error) && error.field).toBe('Customer.Name');
    expect(String(error)).toContain('2000359');
    expect(f.apiRequests()).toHaveLength(0);
  });

  it('names the field when a text is too long', async () => {
    const error = await f.client.customers
      .create({ Name: 'Bygg AB', YourReference: 'x'.repeat(51) })
      .catch((e: unknown) => e);
    expect(isFortnoxValidationError(error) && error.field).toBe('Customer.YourReference');
  });

  it('drops read-only fields from a body built from a fetched record', async () => {
    const customer = await f.client.customers.get('1');
    const updated = await f.client.customers.update('1', { ...customer, Name: 'Ny AB' } as never);
    expect(updated.Name).toBe('Ny AB');
  });

  it('turns a 404 into an API error with status 404', async () => {
    const error = await f.client.customers.get('9999').catch((e: unknown) => e);
    expect(isFortnoxApiError(error) && error.status).toBe(404);
  });

  it('URL-encodes ids in paths', async () => {
    await f.client.articles.get('A/1 B').catch(() => undefined);
    expect(f.apiRequests()[0]?.path).toBe('/3/articles/A%2F1%20B');
  });
});

describe('retries', () => {
  it('retries an idempotent GET after 503s with exact, injected-jitter backoff', async () => {
    f.emulator.control.injectFault({ method: 'GET', path: '/3/customers', status: 503, count: 2 });
    const start = f.clock.now();
    const customer = await f.client.customers.get('1');
    expect(customer.CustomerNumber).toBe('1');
    expect(f.apiRequests().map((r) => r.status)).toEqual([503, 503, 200]);
    // random() = 0.5 → 500/2 + 250 = 375, then 1000/2 + 500 = 750.
    expect(f.clock.now() - start).toBe(375 + 750);
  });

  it('gives up on an idempotent call after maxRetries', async () => {
    f.emulator.control.injectFault({ method: 'GET', path: '/3/customers', status: 503, count: 10 });
    const error = await f.client.customers.get('1').catch((e: unknown) => e);
    expect(isFortnoxApiError(error) && error.status).toBe(503);
    expect(f.apiRequests()).toHaveLength(4);
  });

  it('never retries a create after a 503: one attempt, the caller decides', async () => {
    f.emulator.control.injectFault({ method: 'POST', path: '/3/customers', status: 503, count: 1 });
    const error = await f.client.customers.create({ Name: 'Bygg AB' }).catch((e: unknown) => e);
    expect(isFortnoxApiError(error) && error.status).toBe(503);
    expect(f.apiRequests()).toHaveLength(1);
  });

  it('retries a GET after a dropped connection', async () => {
    f.emulator.control.injectFault({ method: 'GET', path: '/3/customers', reset: true, count: 1 });
    await expect(f.client.customers.get('1')).resolves.toMatchObject({ CustomerNumber: '1' });
    expect(f.apiRequests().map((r) => r.status)).toEqual([0, 200]);
  });

  it('reports a network error on a write whose response was lost, without resending it', async () => {
    f.emulator.control.injectFault({
      method: 'POST',
      path: '/3/customers',
      timeoutAfterCommit: true,
    });
    const error = await f.client.customers.create({ Name: 'Kanske AB' }).catch((e: unknown) => e);
    expect(isFortnoxNetworkError(error)).toBe(true);
    expect(f.apiRequests().filter((r) => r.method === 'POST')).toHaveLength(1);
    const found = await f.client.customers.list({ search: { name: 'Kanske' } }).toArray();
    expect(found).toHaveLength(1);
  });

  it('counts a fetch that resolves with Response.error() as no answer: a write is not resent', async () => {
    const posted: string[] = [];
    const client = createFortnoxClient({
      auth: f.connection,
      clock: f.clock,
      fetch: async (input, init) => {
        const request = new Request(input, init);
        if (request.method !== 'POST') return fetch(request);
        posted.push(request.url);
        return Response.error();
      },
    });
    const error = await client.customers
      .create({ Name: 'Status Noll AB' })
      .catch((e: unknown) => e);
    expect(isFortnoxNetworkError(error)).toBe(true);
    expect(posted).toHaveLength(1);
  });

  it('retries a GET whose fetch resolved with Response.error()', async () => {
    let failures = 1;
    const client = createFortnoxClient({
      auth: f.connection,
      clock: f.clock,
      fetch: async (input, init) => (failures-- > 0 ? Response.error() : fetch(input, init)),
    });
    await expect(client.customers.get('1')).resolves.toMatchObject({ CustomerNumber: '1' });
  });

  it('recovers from an injected 429 storm: every call succeeds after waiting', async () => {
    f.emulator.control.injectFault({
      path: '/3/customers',
      status: 429,
      body: { message: 'Too Many Requests' },
      count: 30,
    });
    const start = f.clock.now();
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => f.client.customers.get(String((i % 12) + 1))),
    );
    expect(results).toHaveLength(10);
    const statuses = f.apiRequests().map((r) => r.status);
    expect(statuses.filter((s) => s === 429)).toHaveLength(30);
    expect(statuses.filter((s) => s === 200)).toHaveLength(10);
    // Each 429 paused the connection for about one window instead of hammering on.
    const elapsed = f.clock.now() - start;
    console.info(
      `429 storm: 30 × 429 absorbed, 10/10 calls succeeded after ${(elapsed / 1000).toFixed(1)} s virtual`,
    );
    expect(elapsed).toBeGreaterThanOrEqual(5000);
  });

  it('retries a non-idempotent create after a 429 (Fortnox did not process it)', async () => {
    f.emulator.control.injectFault({ method: 'POST', path: '/3/customers', status: 429, count: 1 });
    const created = await f.client.customers.create({ Name: 'Efter AB' });
    expect(created.Name).toBe('Efter AB');
    expect(f.apiRequests().map((r) => r.status)).toEqual([429, 201]);
  });

  it('gives up with a rate-limit error when 429s outlast maxRateLimitRetries', async () => {
    const { client } = f.newClient({ retry: { maxRateLimitRetries: 2 } });
    f.emulator.control.injectFault({ path: '/3/customers', status: 429, count: 10 });
    const error = await client.customers.get('1').catch((e: unknown) => e);
    expect(isFortnoxRateLimitError(error) && error.attempts).toBe(3);
    expect(f.apiRequests()).toHaveLength(3);
  });
});
