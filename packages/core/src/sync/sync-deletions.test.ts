import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SyncRun } from '../handler/contract.js';
import { toSyncRun } from '../integration/sync-runner.js';
import type { IntegrationSettingsInput } from '../settings/index.js';
import type { DeletionAction } from './deletion-policy.js';
import { createSyncHarness } from './emulator-harness.test-support.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const HOUR = 3_600_000;

async function linkedHarness(action: DeletionAction, settings: IntegrationSettingsInput) {
  const h = createSyncHarness(server, {
    customers: 3,
    articles: 3,
    settings,
    engine: { deletions: { customers: action, articles: action } },
  });
  const first = await h.engine.run({ trigger: 'connect' });
  expect(first.status).toBe('succeeded');
  h.advance(HOUR);
  const host2 = await h.host.customers.findByNumber('2');
  if (!host2) throw new Error('customer 2 was not synced to the host');
  return { h, host2 };
}

describe('a customer deleted in the host (tombstone)', () => {
  it.each([
    ['delete', true, { exists: false, active: undefined }, 'deleted'],
    ['deactivate', true, { exists: true, active: false }, 'deactivated'],
    ['unlink', true, { exists: true, active: true }, 'unlinked'],
    ['delete', false, { exists: true, active: true }, 'unlinked'],
  ] as const)(
    'with action %s and 24 = %s, reaches Fortnox as %o and logs %s',
    async (action, on, fortnox, logged) => {
      const { h, host2 } = await linkedHarness(action, { syncUpdatedCustomers: on });
      await h.host.customers.delete?.(host2.id);
      const run = await h.engine.run({ trigger: 'schedule' });
      const record = h.tenant().customers.get('2');
      expect(record !== undefined).toBe(fortnox.exists);
      if (record) expect(record.Active !== false).toBe(fortnox.active);
      const log = await h.store.listRunLog(run.id);
      expect(log).toContainEqual(
        expect.objectContaining({ action: logged, hostId: host2.id, fortnoxNumber: '2' }),
      );
      const link = await h.store.getLinkByHostId('conn-1', 'customers', host2.id);
      expect(link !== undefined).toBe(logged === 'deactivated');
      expect(run.counts.customers?.deleted).toBe(1);
    },
  );

  it('is counted in the run the handler reports (counts.customers.deleted)', async () => {
    const { h, host2 } = await linkedHarness('deactivate', { syncUpdatedCustomers: true });
    await h.host.customers.delete?.(host2.id);
    const run = await h.engine.run({ trigger: 'schedule' });
    const wire = SyncRun.parse(await toSyncRun(h.store, run));
    expect(wire.counts.customers).toMatchObject({ deleted: 1, failed: 0 });
  });

  it('does not bring a customer deleted in the host back when it changes in Fortnox', async () => {
    const { h, host2 } = await linkedHarness('deactivate', { syncUpdatedCustomers: true });
    await h.host.customers.delete?.(host2.id);
    await h.engine.run({ trigger: 'schedule' });
    h.advance(HOUR);
    h.user.updateCustomer('2', { Name: 'Ändrad i Fortnox AB' });
    await h.engine.run({ trigger: 'schedule' });
    expect(await h.host.customers.findByNumber('2')).toBeUndefined();
  });
});

describe('a customer deleted in Fortnox (ID-set reconciliation on a full run)', () => {
  it.each([
    ['delete', true, 'gone', 'deleted'],
    ['deactivate', true, 'inactive', 'deactivated'],
    ['unlink', true, 'kept', 'unlinked'],
    ['deactivate', false, 'kept', 'unlinked'],
  ] as const)(
    'with action %s and 24 = %s, leaves the host record %s and logs %s',
    async (action, on, host, logged) => {
      const { h, host2 } = await linkedHarness(action, { syncUpdatedCustomers: on });
      h.user.deleteCustomer('2');
      const run = await h.engine.run({ trigger: 'schedule', full: true });
      expect(run.status).toBe('succeeded');
      const record = await h.host.customers.findById(host2.id);
      const state = record === undefined ? 'gone' : record.active ? 'kept' : 'inactive';
      expect(state).toBe(host);
      const log = await h.store.listRunLog(run.id);
      expect(log).toContainEqual(
        expect.objectContaining({ action: logged, direction: 'to-host', fortnoxNumber: '2' }),
      );
      expect(await h.store.getLinkByHostId('conn-1', 'customers', host2.id)).toBeUndefined();
    },
  );

  it('finds the deletion with list pages and one confirming read', async () => {
    const { h } = await linkedHarness('unlink', {});
    h.user.deleteCustomer('2');
    const { paths } = await h.countRequests(() =>
      h.engine.run({ trigger: 'schedule', full: true }),
    );
    const lists = paths.filter((p) => /^GET \/3\/(customers|articles)\?/.test(p));
    // Customers, active articles, inactive articles (an inactive article is not deleted).
    expect(lists).toHaveLength(3);
    expect(paths.filter((p) => !lists.includes(p))).toEqual(['GET /3/customers/2']);
  });

  it('does not send a host customer deactivated by a Fortnox deletion back as new', async () => {
    const { h } = await linkedHarness('deactivate', { syncUpdatedCustomers: true });
    h.user.deleteCustomer('2');
    await h.engine.run({ trigger: 'schedule', full: true });
    h.advance(HOUR);
    const again = await h.countRequests(() => h.engine.run({ trigger: 'schedule', full: true }));
    expect(again.paths.filter((p) => !p.startsWith('GET'))).toEqual([]);
  });

  it('is not detected by a delta run (Fortnox lists no deletions by lastmodified)', async () => {
    const { h, host2 } = await linkedHarness('delete', { syncUpdatedCustomers: true });
    h.user.deleteCustomer('2');
    await h.engine.run({ trigger: 'schedule' });
    expect(await h.host.customers.findById(host2.id)).toBeDefined();
  });
});

describe('an article deactivated in Fortnox', () => {
  it('is not taken for a deleted one by the full run', async () => {
    const { h } = await linkedHarness('delete', { syncUpdatedArticles: true });
    const hostArticle = await h.host.articles.findByNumber('1');
    h.user.updateArticle('1', { Active: false });
    const run = await h.engine.run({ trigger: 'schedule', full: true });
    expect(await h.host.articles.findById(hostArticle?.id ?? '')).toBeDefined();
    const log = await h.store.listRunLog(run.id);
    expect(log.filter((e) => e.register === 'articles' && e.fortnoxNumber === '1')).toEqual([]);
    expect(run.counts.articles?.deleted ?? 0).toBe(0);
  });
});

describe('an article that documents use', () => {
  it('is not deleted in Fortnox: it is deactivated and the run log quotes why', async () => {
    const h = createSyncHarness(server, {
      customers: 1,
      articles: 2,
      settings: { syncUpdatedArticles: true },
      engine: { deletions: { articles: 'delete' } },
    });
    await h.engine.run({ trigger: 'connect' });
    const invoice = await h.client.invoices.create({
      CustomerNumber: '1',
      InvoiceRows: [{ ArticleNumber: '1', DeliveredQuantity: 2 }],
    });
    h.advance(HOUR);
    const article = await h.host.articles.findByNumber('1');
    await h.host.articles.delete?.(article?.id ?? '');
    const run = await h.engine.run({ trigger: 'schedule' });
    expect(h.tenant().articles.get('1')).toMatchObject({ Active: false });
    const log = await h.store.listRunLog(run.id);
    const line = log.find((e) => e.fortnoxNumber === '1' && e.register === 'articles');
    expect(line).toMatchObject({ action: 'deactivated', direction: 'to-fortnox' });
    expect(line?.message).toContain('not deleted in Fortnox');
    expect(line?.message).toContain(`faktura ${invoice.DocumentNumber}`);
  });
});

describe('a dry run', () => {
  it('lists a host deletion and a Fortnox deletion with their actions and changes nothing', async () => {
    const { h, host2 } = await linkedHarness('delete', { syncUpdatedCustomers: true });
    const host3 = await h.host.customers.findByNumber('3');
    await h.host.customers.delete?.(host2.id);
    h.user.deleteCustomer('3');
    const plan = await h.engine.plan({ full: true });
    const deletions = plan.items.filter((i) => i.reason.startsWith('deleted'));
    expect(deletions).toEqual([
      expect.objectContaining({
        action: 'delete',
        direction: 'to-host',
        hostId: host3?.id,
        fortnoxNumber: '3',
        reason: 'deleted in Fortnox',
      }),
      expect.objectContaining({
        action: 'delete',
        direction: 'to-fortnox',
        hostId: host2.id,
        fortnoxNumber: '2',
      }),
    ]);
    expect(h.tenant().customers.get('2')).toBeDefined();
    expect(await h.host.customers.findById(host3?.id ?? '')).toBeDefined();
  });
});
