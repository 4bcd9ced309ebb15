import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allHostRecords, createSyncHarness } from './emulator-harness.test-support.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const HOUR = 3_600_000;
const writes = (paths: string[]) => paths.filter((p) => !p.startsWith('GET'));

describe('customers and setting 24 (syncUpdatedCustomers)', () => {
  it('with 24 off, leaves linked customers alone on both sides', async () => {
    const h = createSyncHarness(server, { customers: 5 });
    await h.engine.run({ trigger: 'connect' });
    h.advance(HOUR);
    h.user.updateCustomer('1', { Name: 'Ändrad i Fortnox AB' });
    const c2 = await h.host.customers.findByNumber('2');
    await h.host.customers.upsert({
      ...(c2 as NonNullable<typeof c2>),
      name: 'Ändrad i värden AB',
    });
    const { paths } = await h.countRequests(() => h.engine.run({ trigger: 'schedule' }));
    expect(writes(paths)).toEqual([]);
    expect((await h.host.customers.findByNumber('1'))?.name).not.toBe('Ändrad i Fortnox AB');
    expect(h.tenant().customers.get('2')?.Name).not.toBe('Ändrad i värden AB');
  });

  it('with 24 on, "Synk" overwrites every field of every host customer from Fortnox', async () => {
    const h = createSyncHarness(server, { customers: 5, settings: { syncUpdatedCustomers: true } });
    await h.engine.run({ trigger: 'connect' });
    h.setSettings({ syncUpdatedCustomers: false });
    // Changed in the host while 24 was off, so never sent to Fortnox.
    const c3 = await h.host.customers.findByNumber('3');
    await h.host.customers.upsert({
      ...(c3 as NonNullable<typeof c3>),
      name: 'Lokalt namn',
      email: 'lokal@exempel.se',
      phone: undefined,
    });
    await h.engine.run({ trigger: 'schedule' });
    h.setSettings({ syncUpdatedCustomers: true });
    h.advance(HOUR);
    const { result, paths } = await h.countRequests(() =>
      h.engine.run({ trigger: 'manual', registers: ['customers'] }),
    );
    expect(result.status).toBe('succeeded');
    expect(paths.filter((p) => p.startsWith('GET /3/customers/'))).toHaveLength(5);
    const fortnox3 = h.tenant().customers.get('3');
    expect(await h.host.customers.findByNumber('3')).toMatchObject({
      name: fortnox3?.Name,
      email: fortnox3?.Email,
      phone: fortnox3?.Phone1,
    });
  });

  it('with 24 on, a host change overwrites Fortnox and a Fortnox change overwrites the host', async () => {
    const h = createSyncHarness(server, { customers: 5, settings: { syncUpdatedCustomers: true } });
    await h.engine.run({ trigger: 'connect' });
    h.advance(HOUR);
    h.user.updateCustomer('1', { City: 'Kiruna' });
    const c2 = await h.host.customers.findByNumber('2');
    await h.host.customers.upsert({
      ...(c2 as NonNullable<typeof c2>),
      address: { street: 'Storgatan 1', city: 'Umeå' },
    });
    await h.engine.run({ trigger: 'schedule' });
    expect((await h.host.customers.findByNumber('1'))?.address?.city).toBe('Kiruna');
    expect(h.tenant().customers.get('2')).toMatchObject({
      Address1: 'Storgatan 1',
      City: 'Umeå',
      ZipCode: '',
    });
  });
});

describe('setting 42 (setSubgroupOnSync)', () => {
  it('gives customers imported from Fortnox the integration subgroup', async () => {
    const h = createSyncHarness(server, {
      customers: 3,
      settings: { setSubgroupOnSync: true, subgroup: 'Norr' },
    });
    await h.engine.run({ trigger: 'connect' });
    const customers = await allHostRecords(h.host.customers);
    expect(customers.map((c) => c.subgroup)).toEqual(['Norr', 'Norr', 'Norr']);
  });

  it('leaves the subgroup empty when 42 is off', async () => {
    const h = createSyncHarness(server, { customers: 2, settings: { subgroup: 'Norr' } });
    await h.engine.run({ trigger: 'connect' });
    expect((await allHostRecords(h.host.customers)).map((c) => c.subgroup ?? null)).toEqual([
      null,
      null,
    ]);
  });
});

describe('matching', () => {
  it('pairs a host customer with a Fortnox customer by organisation number instead of duplicating it', async () => {
    const h = createSyncHarness(server, { customers: 3 });
    const fortnox2 = h.tenant().customers.get('2');
    const orgNo = fortnox2?.OrganisationNumber || '556677-8899';
    if (!fortnox2?.OrganisationNumber) h.user.updateCustomer('2', { OrganisationNumber: orgNo });
    await h.host.customers.upsert({
      id: 'mine',
      name: 'Eget namn',
      organisationNumber: orgNo.replace('-', ''),
    });
    await h.engine.run({ trigger: 'connect' });
    expect(await allHostRecords(h.host.customers)).toHaveLength(3);
    expect(h.tenant().customers.size).toBe(3);
    expect((await h.store.getLinkByHostId('conn-1', 'customers', 'mine'))?.fortnoxNumber).toBe('2');
  });

  it('pairs by email when there is no organisation number', async () => {
    const h = createSyncHarness(server, { customers: 0 });
    const number = h.user.createCustomer({ Name: 'Anna Berg', Email: 'anna@berg.se' });
    await h.host.customers.upsert({ id: 'anna', name: 'Anna B', email: 'ANNA@berg.se' });
    await h.engine.run({ trigger: 'connect' });
    expect((await h.store.getLinkByHostId('conn-1', 'customers', 'anna'))?.fortnoxNumber).toBe(
      number,
    );
    expect(h.tenant().customers.size).toBe(1);
  });

  it('never pairs by name alone', async () => {
    const h = createSyncHarness(server, { customers: 0 });
    h.user.createCustomer({ Name: 'Samma Namn AB' });
    await h.host.customers.upsert({ id: 'same', name: 'Samma Namn AB' });
    await h.engine.run({ trigger: 'connect' });
    expect(await allHostRecords(h.host.customers)).toHaveLength(2);
    expect(h.tenant().customers.size).toBe(2);
  });

  it('pairs articles by article number', async () => {
    const h = createSyncHarness(server, { articles: 2 });
    await h.host.articles.upsert({ id: 'mine', articleNumber: '1', description: 'Eget' });
    await h.engine.run({ trigger: 'connect' });
    expect(await allHostRecords(h.host.articles)).toHaveLength(2);
    expect((await h.store.getLinkByHostId('conn-1', 'articles', 'mine'))?.fortnoxNumber).toBe('1');
  });
});

describe('articles: inactive, 22 and 28', () => {
  it('skips inactive articles on both sides', async () => {
    const h = createSyncHarness(server, {
      host: {
        articles: [{ id: 'old', articleNumber: 'OLD-1', description: 'Utgått', active: false }],
      },
    });
    h.user.createArticle({ ArticleNumber: 'F-INACTIVE', Description: 'Inaktiv', Active: false });
    h.user.createArticle({ ArticleNumber: 'F-ACTIVE', Description: 'Aktiv' });
    await h.engine.run({ trigger: 'connect' });
    expect(h.tenant().articles.get('OLD-1')).toBeUndefined();
    expect(await h.host.articles.findByNumber('F-INACTIVE')).toBeUndefined();
    expect(await h.host.articles.findByNumber('F-ACTIVE')).toBeDefined();
  });

  it('with 22 off, a changed article is not updated on the other side', async () => {
    const h = createSyncHarness(server, { articles: 3 });
    await h.engine.run({ trigger: 'connect' });
    h.advance(HOUR);
    h.user.updateArticle('1', { Description: 'Ändrad i Fortnox' });
    const a2 = await h.host.articles.findByNumber('2');
    await h.host.articles.upsert({
      ...(a2 as NonNullable<typeof a2>),
      description: 'Ändrad i värden',
    });
    const { paths } = await h.countRequests(() => h.engine.run({ trigger: 'schedule' }));
    expect(writes(paths)).toEqual([]);
    expect((await h.host.articles.findByNumber('1'))?.description).not.toBe('Ändrad i Fortnox');
    expect(h.tenant().articles.get('2')?.Description).not.toBe('Ändrad i värden');
  });

  it('with 28 on, sends no host article to Fortnox, neither new nor changed, even with 22', async () => {
    const h = createSyncHarness(server, {
      articles: 2,
      settings: { disableArticleCreation: true, syncUpdatedArticles: true },
      host: { articles: [{ id: 'new', articleNumber: 'NEW-1', description: 'Ny i värden' }] },
    });
    await h.engine.run({ trigger: 'connect' });
    h.advance(HOUR);
    const a1 = await h.host.articles.findByNumber('1');
    await h.host.articles.upsert({
      ...(a1 as NonNullable<typeof a1>),
      description: 'Ändrad i värden',
    });
    const { paths } = await h.countRequests(() => h.engine.run({ trigger: 'schedule' }));
    expect(writes(paths)).toEqual([]);
    expect(h.tenant().articles.get('NEW-1')).toBeUndefined();
    expect(h.tenant().articles.get('1')?.Description).not.toBe('Ändrad i värden');
    expect(await h.host.articles.findByNumber('1')).toBeDefined();
  });
});

describe('dry run and per-record errors', () => {
  it('plans a first sync without writing anything', async () => {
    const h = createSyncHarness(server, {
      customers: 3,
      articles: 2,
      host: { customers: [{ id: 'h1', name: 'Bara i värden AB' }] },
    });
    const { result: plan, paths } = await h.countRequests(() => h.engine.plan());
    expect(writes(paths)).toEqual([]);
    expect(paths.filter((p) => /^GET \/3\/(customers|articles)\/./.test(p))).toEqual([]);
    expect(h.host.writes).toEqual({ customers: 0, articles: 0 });
    expect(await h.store.countLinks('conn-1', 'customers')).toBe(0);
    expect(await h.store.getCursor('conn-1', 'fortnox:customers')).toBeUndefined();
    const creates = plan.items.filter((i) => i.action === 'create');
    expect(creates.filter((i) => i.direction === 'to-host')).toHaveLength(5);
    expect(creates.filter((i) => i.direction === 'to-fortnox').map((i) => i.hostId)).toEqual([
      'h1',
    ]);
  });

  it('logs a record Fortnox refuses and finishes the rest of the run', async () => {
    const h = createSyncHarness(server, {
      host: {
        customers: [
          { id: 'bad', name: 'Fel AB', email: 'inte-en-adress' },
          { id: 'good', name: 'Rätt AB' },
        ],
      },
    });
    const run = await h.engine.run({ trigger: 'connect' });
    expect(run.status).toBe('succeeded');
    expect(run.counts.customers).toMatchObject({ created: 1, failed: 1 });
    const log = await h.store.listRunLog(run.id);
    expect(log.find((e) => e.action === 'failed')).toMatchObject({
      hostId: 'bad',
      register: 'customers',
    });
    expect((await h.host.customers.findById('good'))?.fortnoxCustomerNumber).toBeTruthy();
  });
});

describe('conflicts, ambiguity and full reconciliation', () => {
  it('lets the Fortnox version win when a linked customer changed on both sides', async () => {
    const h = createSyncHarness(server, { customers: 3, settings: { syncUpdatedCustomers: true } });
    await h.engine.run({ trigger: 'connect' });
    h.advance(HOUR);
    h.user.updateCustomer('1', { Name: 'Fortnox-namn AB' });
    const c1 = await h.host.customers.findByNumber('1');
    await h.host.customers.upsert({ ...(c1 as NonNullable<typeof c1>), name: 'Värd-namn AB' });
    await h.engine.run({ trigger: 'schedule' });
    expect((await h.host.customers.findByNumber('1'))?.name).toBe('Fortnox-namn AB');
    expect(h.tenant().customers.get('1')?.Name).toBe('Fortnox-namn AB');
  });

  it('refuses to guess when two host customers share an organisation number', async () => {
    const h = createSyncHarness(server, { customers: 0 });
    const number = h.user.createCustomer({ Name: 'Dubbel AB', OrganisationNumber: '556677-8899' });
    await h.host.customers.upsert({
      id: 'x1',
      name: 'Dubbel AB (1)',
      organisationNumber: '5566778899',
    });
    await h.host.customers.upsert({
      id: 'x2',
      name: 'Dubbel AB (2)',
      organisationNumber: '556677-8899',
    });
    const run = await h.engine.run({ trigger: 'connect', registers: ['customers'] });
    const log = await h.store.listRunLog(run.id);
    expect(
      log.filter((e) => e.code === 'ambiguous-match').map((e) => e.fortnoxNumber ?? e.hostId),
    ).toContain(number);
    expect(await h.store.getLinkByFortnoxNumber('conn-1', 'customers', number)).toBeUndefined();
    expect(h.tenant().customers.size).toBe(1);
  });

  it('a full reconciliation reads every record again and repairs what polling could not see', async () => {
    const h = createSyncHarness(server, { customers: 4, settings: { syncUpdatedCustomers: true } });
    await h.engine.run({ trigger: 'connect' });
    h.advance(HOUR);
    // A change polling cannot see: outside the list fields and stamped before the window
    // (as when it lands in the same minute as the sync's own write of that customer).
    const c2 = h.tenant().customers.get('2');
    if (c2) h.tenant().customers.set('2', { ...c2, DeliveryCity: 'Visby' }, 0);
    const delta = await h.countRequests(() => h.engine.run({ trigger: 'schedule' }));
    expect(delta.requests).toBe(2);
    const full = await h.countRequests(() => h.engine.run({ trigger: 'schedule', full: true }));
    expect(full.paths.filter((p) => p.startsWith('GET /3/customers/'))).toHaveLength(4);
    expect((await h.host.customers.findByNumber('2'))?.deliveryAddress?.city).toBe('Visby');
  });
});

describe('cost with updates off', () => {
  it('does not read a changed Fortnox record in full when the settings let nothing change', async () => {
    const h = createSyncHarness(server, { customers: 3, articles: 3 });
    await h.engine.run({ trigger: 'connect' });
    h.advance(HOUR);
    h.user.updateCustomer('1', { Name: 'Ändrad AB' });
    h.user.updateArticle('2', { Description: 'Ändrad' });
    const { paths } = await h.countRequests(() => h.engine.run({ trigger: 'schedule' }));
    expect(paths).toHaveLength(2);
    h.advance(HOUR);
    expect((await h.countRequests(() => h.engine.run({ trigger: 'schedule' }))).requests).toBe(2);
  });
});
