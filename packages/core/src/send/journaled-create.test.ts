import { afterEach, describe, expect, it } from 'vitest';
import type { CustomerInput } from '../host/index.js';
import { type Harness, startHarness } from '../integration/emulator-harness.test-support.js';
import { FILTER_ARTICLE, readyWorkOrder } from '../integration/host-fixture.test-support.js';
import { customerKey } from './idempotency-key.js';

// No e-mail or organisation number: only our marker can find an earlier create.
const NEW_CUSTOMER: CustomerInput = { id: 'c-new', name: 'Nyföretaget AB' };
const NEW_ARTICLE = { id: 'a-new', articleNumber: 'NY-1', description: 'Ny', unit: 'st' };
const order = readyWorkOrder('o1', {
  customerId: NEW_CUSTOMER.id,
  articleRows: [{ articleNumber: NEW_ARTICLE.articleNumber, quantity: 1 }],
});

let h: Harness;
afterEach(() => h?.close());

async function start() {
  h = await startHarness({ articles: [FILTER_ARTICLE], orders: [order] });
  // Added after the first sync, so the sync has not created them in Fortnox already.
  await h.registers.customers.upsert(NEW_CUSTOMER);
  await h.registers.articles.upsert(NEW_ARTICLE);
  h.emulator.control.clearRequests(); // the sync's own writes are not counted
}

const posts = (path: string) =>
  h.emulator.control.requests().filter((r) => r.method === 'POST' && r.path === path);
const tenant = () => h.emulator.db.tenant(h.tenantId);
const customersNamed = (name: string) =>
  [...tenant().customers.values()].filter((c) => c.Name === name);

describe('a customer or article created during a send', { timeout: 60_000 }, () => {
  it('carries our marker in ExternalReference and is journaled committed', async () => {
    await start();
    await h.integration.sendOrder('o1');
    const [created] = customersNamed(NEW_CUSTOMER.name);
    expect(created?.ExternalReference).toBe(await customerKey('default', NEW_CUSTOMER.id));
    const key = { connectionId: 'default', register: 'customers' as const, hostId: 'c-new' };
    expect(await h.store.getCreateJournalEntry(key)).toMatchObject({
      state: 'committed',
      fortnoxNumber: created?.CustomerNumber,
      attempts: 1,
    });
    expect(
      await h.store.getCreateJournalEntry({ ...key, register: 'articles', hostId: 'a-new' }),
    ).toMatchObject({ state: 'committed', fortnoxNumber: 'NY-1' });
  });

  it('is looked up, not created again, when its answer and the lookup after it were lost, also by a restarted process', async () => {
    await start();
    h.emulator.control.injectFault({
      method: 'POST',
      path: /^\/3\/(customers|articles)$/,
      count: 2,
      timeoutAfterCommit: true,
    });
    // The customer lookup (a name search) fails too: the send must give up, uncertain.
    h.emulator.control.injectFault({
      method: 'GET',
      path: /^\/3\/customers$/,
      count: 20,
      reset: true,
    });
    await expect(h.integration.sendOrder('o1')).rejects.toThrow();
    const key = { connectionId: 'default', register: 'customers' as const, hostId: 'c-new' };
    expect(await h.store.getCreateJournalEntry(key)).toMatchObject({ state: 'uncertain' });
    expect(customersNamed(NEW_CUSTOMER.name)).toHaveLength(1);

    h.emulator.control.clearFaults();
    const restarted = h.restart();
    const { result } = await restarted.sendOrder('o1');
    const [customer] = customersNamed(NEW_CUSTOMER.name);
    expect(customersNamed(NEW_CUSTOMER.name)).toHaveLength(1);
    expect(posts('/3/customers')).toHaveLength(1);
    expect(posts('/3/articles')).toHaveLength(1);
    expect(tenant().orders.get(result.documentNumber)?.CustomerNumber).toBe(
      customer?.CustomerNumber,
    );
    expect(await h.store.getCreateJournalEntry(key)).toMatchObject({
      state: 'committed',
      fortnoxNumber: customer?.CustomerNumber,
    });
  });
});
