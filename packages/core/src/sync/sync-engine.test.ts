import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allHostRecords, createSyncHarness } from './emulator-harness.test-support.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const HOUR = 3_600_000;

describe('sync engine: first sync', () => {
  it('imports every Fortnox customer and active article into an empty host and links them', async () => {
    const h = createSyncHarness(server, { customers: 30, articles: 40 });
    const run = await h.engine.run({ trigger: 'connect' });
    expect(run.status).toBe('succeeded');
    const customers = await allHostRecords(h.host.customers);
    expect(customers).toHaveLength(30);
    const activeArticles = [...h.tenant().articles.values()].filter((a) => a.Active !== false);
    expect(await allHostRecords(h.host.articles)).toHaveLength(activeArticles.length);
    expect(await h.store.countLinks('conn-1', 'customers')).toBe(30);
    const fortnox7 = h.tenant().customers.get('7');
    const host7 = await h.host.customers.findByNumber('7');
    expect(host7).toMatchObject({
      name: fortnox7?.Name,
      email: fortnox7?.Email,
      phone: fortnox7?.Phone1,
    });
    expect(run.counts.customers).toMatchObject({ created: 30, failed: 0 });
  });

  it('sends host-only customers and articles to Fortnox and writes the customer number back', async () => {
    const h = createSyncHarness(server, {
      host: {
        customers: [
          {
            id: 'h1',
            name: 'Nya Bygg AB',
            organisationNumber: '556000-0001',
            email: 'info@nyabygg.se',
          },
        ],
        articles: [
          {
            id: 'a1',
            articleNumber: 'SERV-1',
            description: 'Servicetimme',
            unit: 'h',
            type: 'service',
          },
        ],
      },
    });
    const run = await h.engine.run({ trigger: 'connect' });
    expect(run.status).toBe('succeeded');
    const host = await h.host.customers.findById('h1');
    expect(host?.fortnoxCustomerNumber).toBeTruthy();
    const fortnox = h.tenant().customers.get(host?.fortnoxCustomerNumber as string);
    expect(fortnox).toMatchObject({ Name: 'Nya Bygg AB', Email: 'info@nyabygg.se' });
    expect(h.tenant().articles.get('SERV-1')).toMatchObject({
      Description: 'Servicetimme',
      Type: 'SERVICE',
    });
  });
});

describe('sync engine: hourly delta', () => {
  it('costs exactly one request per register when nothing changed', async () => {
    const h = createSyncHarness(server, { customers: 20, articles: 20 });
    await h.engine.run({ trigger: 'connect' });
    h.advance(HOUR);
    const { result, requests, paths } = await h.countRequests(() =>
      h.engine.run({ trigger: 'schedule' }),
    );
    expect(result.status).toBe('succeeded');
    expect(paths).toHaveLength(2);
    expect(requests).toBe(2);
    h.advance(HOUR);
    expect((await h.countRequests(() => h.engine.run({ trigger: 'schedule' }))).requests).toBe(2);
  });

  it('costs at most k + 1 requests per register for k changes in Fortnox', async () => {
    const h = createSyncHarness(server, {
      customers: 20,
      articles: 20,
      settings: { syncUpdatedCustomers: true, syncUpdatedArticles: true },
    });
    await h.engine.run({ trigger: 'connect' });
    h.advance(HOUR);
    h.user.updateCustomer('3', { Name: 'Omdöpt AB' });
    h.user.updateCustomer('4', { City: 'Luleå' });
    h.user.updateArticle('5', { Description: 'Ny beskrivning' });
    const { requests } = await h.countRequests(() => h.engine.run({ trigger: 'schedule' }));
    expect(requests).toBeLessThanOrEqual(2 + 1 + 1 + 1);
    expect((await h.host.customers.findByNumber('3'))?.name).toBe('Omdöpt AB');
    expect((await h.host.customers.findByNumber('4'))?.address?.city).toBe('Luleå');
    expect((await h.host.articles.findByNumber('5'))?.description).toBe('Ny beskrivning');
  });

  it('costs at most k + 1 requests for k changes in the host, and the echo costs nothing', async () => {
    const h = createSyncHarness(server, {
      customers: 10,
      articles: 10,
      settings: { syncUpdatedCustomers: true, syncUpdatedArticles: true },
    });
    await h.engine.run({ trigger: 'connect' });
    h.advance(HOUR);
    const c2 = await h.host.customers.findByNumber('2');
    await h.host.customers.upsert({
      ...(c2 as NonNullable<typeof c2>),
      name: 'Ändrad i värden AB',
    });
    const a3 = await h.host.articles.findByNumber('3');
    await h.host.articles.upsert({
      ...(a3 as NonNullable<typeof a3>),
      description: 'Ändrad artikel',
    });
    const changed = await h.countRequests(() => h.engine.run({ trigger: 'schedule' }));
    expect(changed.requests).toBeLessThanOrEqual(4);
    expect(h.tenant().customers.get('2')?.Name).toBe('Ändrad i värden AB');
    expect(h.tenant().articles.get('3')?.Description).toBe('Ändrad artikel');
    h.advance(HOUR);
    expect((await h.countRequests(() => h.engine.run({ trigger: 'schedule' }))).requests).toBe(2);
  });
});
