import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleInput, CustomerInput, OrderInput } from '../host/index.js';
import { type Harness, startHarness } from '../integration/emulator-harness.test-support.js';
import { FILTER_ARTICLE, readyWorkOrder } from '../integration/host-fixture.test-support.js';

const SENDS = 500;
const BATCH = 10;
// Host customers and articles Fortnox does not know yet: no link, no number, no e-mail or
// organisation number (nothing but our own marker tells an earlier create apart).
const customers: CustomerInput[] = Array.from({ length: 50 }, (_, i) => ({
  id: `nc${i}`,
  name: `Nykund ${i} AB`,
}));
const articles: ArticleInput[] = Array.from({ length: 40 }, (_, i) => ({
  id: `na${i}`,
  articleNumber: `NY-${i}`,
  description: `Ny artikel ${i}`,
  unit: 'st',
  price: 100 + i,
}));
// The 10 sends of a batch run at once and share one new customer (the lock is contended);
// each bills a new article besides the known one.
const order = (i: number): OrderInput =>
  readyWorkOrder(`o${i}`, {
    customerId: customers[Math.floor(i / BATCH) % customers.length]?.id,
    articleRows: [
      { articleNumber: articles[i % articles.length]?.articleNumber ?? '', quantity: 1 },
      { articleNumber: FILTER_ARTICLE.articleNumber, quantity: 2 },
    ],
  });
const CREATES = /^\/3\/(customers|articles|orders|invoices)$/;

let h: Harness;
afterEach(() => h?.close());

/**
 * Sends every order in batches of 10 at once, the second half as invoices (setting 14). A
 * send that fails is clicked again, as a user would (at most 3 clicks per order).
 */
async function sendAll() {
  const faults: Record<string, number> = {};
  const posts: Record<string, number> = {};
  let failedClicks = 0;
  for (let start = 0; start < SENDS; start += BATCH) {
    if (start === SENDS / 2) await h.integration.putSettings({ createInvoiceDirectly: true });
    let ids = Array.from({ length: BATCH }, (_, j) => `o${start + j}`);
    for (let click = 0; click < 3 && ids.length > 0; click++) {
      const results = await Promise.allSettled(ids.map((id) => h.integration.sendOrder(id)));
      ids = ids.filter((_, j) => results[j]?.status === 'rejected');
      failedClicks += ids.length;
    }
    // Tallied per batch: the emulator's request log keeps only the newest 10,000 requests.
    for (const r of h.emulator.control.requests()) {
      if (r.fault === 'timeout-after-commit') faults[r.path] = (faults[r.path] ?? 0) + 1;
      if (r.method === 'POST') posts[r.path] = (posts[r.path] ?? 0) + 1;
    }
    h.emulator.control.clearRequests();
  }
  return { faults, posts, failedClicks };
}

describe('customers and articles created during a send', { timeout: 300_000 }, () => {
  it.each([1, 2, 3])(
    'are created exactly once, and 500 sends give exactly 500 documents, with 20% "timeout after commit" on every create (fault seed %i)',
    async (faultSeed) => {
      h = await startHarness({
        articles: [FILTER_ARTICLE],
        orders: Array.from({ length: SENDS }, (_, i) => order(i)),
        faultSeed,
      });
      // Added after the first sync, so the sync has not created them in Fortnox already.
      for (const c of customers) await h.registers.customers.upsert(c);
      for (const a of articles) await h.registers.articles.upsert(a);
      h.emulator.control.clearRequests(); // the sync's own writes are not counted
      h.emulator.control.injectFault({
        method: 'POST',
        path: CREATES,
        probability: 0.2,
        timeoutAfterCommit: true,
      });

      const { faults, posts, failedClicks } = await sendAll();

      const tenant = h.emulator.db.tenant(h.tenantId);
      const documents = [...tenant.orders.values(), ...tenant.invoices.values()].filter((d) =>
        d.ExternalInvoiceReference2?.startsWith('fk1-'),
      );
      expect(documents).toHaveLength(SENDS);
      expect(new Set(documents.map((d) => d.ExternalInvoiceReference2)).size).toBe(SENDS);
      const names = customers.map((c) => c.name);
      const created = [...tenant.customers.values()].filter((c) => names.includes(c.Name));
      expect(created).toHaveLength(customers.length);
      expect(new Set(created.map((c) => c.Name)).size).toBe(customers.length);
      const numbers = articles.map((a) => a.articleNumber);
      expect(
        [...tenant.articles.values()].filter((a) => numbers.includes(a.ArticleNumber)),
      ).toHaveLength(articles.length);
      // Every document bills the one Fortnox customer linked to its host customer.
      for (const o of h.hostOrders.all()) {
        const link = await h.store.getLinkByHostId('default', 'customers', o.customerId);
        const ref = o.integrationReference;
        const doc =
          ref && (ref.target === 'order' ? tenant.orders : tenant.invoices).get(ref.documentNumber);
        expect(doc?.CustomerNumber).toBe(link?.fortnoxNumber);
      }
      // One POST per new customer and article: a lost answer was looked up, not posted again.
      expect(posts['/3/customers']).toBe(customers.length);
      expect(posts['/3/articles']).toBe(articles.length);
      // Every lost answer was settled within the click that met it.
      expect(failedClicks).toBe(0);
      console.info(`fault seed ${faultSeed}: timeouts after commit`, faults);
      // The fault really hit creates of every kind.
      for (const path of ['/3/customers', '/3/articles', '/3/orders', '/3/invoices']) {
        expect(faults[path] ?? 0).toBeGreaterThan(0);
      }
    },
  );
});
