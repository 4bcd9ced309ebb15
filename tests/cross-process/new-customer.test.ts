import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createStateStoreTokenStore } from '../../packages/core/src/fortnox/index.js';
import { systemClock } from '../../packages/core/src/index.js';
import { startFortnoxMock } from '../../packages/mock-server/src/node.js';
import {
  NEW_CUSTOMER,
  NEW_CUSTOMER_ORDERS,
  type NewCustomerCommand,
  type NewCustomerReply,
} from './new-customer-protocol.js';
import { dropSchema, mockFortnoxApp, raceStore, seedConnection } from './refresh-race.js';
import { openRaceStore } from './refresh-race-protocol.js';
import { forkWorker } from './worker-process.js';

const CONNECTION_ID = 'new-customer';
const SCOPES = ['companyinformation', 'customer', 'article', 'order', 'invoice', 'settings'];
const postgres = process.env.FORTNOX_KIT_TEST_DATABASE_URL;

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

/** The emulator's HTTP server, the shared store with a connected connection, two workers. */
async function setup(kind: 'sqlite' | 'postgres') {
  const dir = mkdtempSync(join(tmpdir(), 'fk-new-customer-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  const mock = await startFortnoxMock({ size: 5 });
  cleanup.push(() => mock.close());
  const spec = raceStore(kind, dir);
  if (spec.kind === 'postgres') cleanup.push(() => dropSchema(spec));
  const parent = await openRaceStore(spec, systemClock);
  cleanup.push(parent.close);
  await seedConnection(mock, createStateStoreTokenStore(parent.store), CONNECTION_ID, SCOPES);
  const fortnox = mockFortnoxApp(mock);
  const workers = [];
  for (let i = 0; i < 2; i++) {
    const worker = await forkWorker<NewCustomerCommand, NewCustomerReply>(
      'tests/cross-process/new-customer-worker.ts',
      { type: 'exit' },
    );
    cleanup.push(() => worker.stop());
    const ready = await worker.ask({
      type: 'init',
      store: spec,
      connectionId: CONNECTION_ID,
      fortnox,
    });
    expect(ready).toEqual({ type: 'ok' });
    workers.push(worker);
  }
  return { workers, tenant: mock.emulator.db.tenant(mock.demo.tenantId), store: parent.store };
}

// Two real OS processes share one store; each sends 5 of the 10 orders of one customer that
// Fortnox does not know yet, all 10 at the same time (issue 19 item 1).
describe.each([
  ['SQLite', 'sqlite'],
  ['PostgreSQL', 'postgres'],
] as const)('two host processes sharing one %s store', (_name, kind) => {
  it.skipIf(kind === 'postgres' && !postgres)(
    'create one Fortnox customer for 10 simultaneous sends of its orders, and bill all 10 to it',
    async () => {
      const { workers, tenant, store } = await setup(kind);
      const ids = NEW_CUSTOMER_ORDERS.map((o) => o.id);
      const replies = await Promise.all(
        workers.map((w, i) => w.ask({ type: 'send', orderIds: ids.filter((_, j) => j % 2 === i) })),
      );
      for (const r of replies) expect(r).toMatchObject({ type: 'sent', errors: [] });
      const customers = [...tenant.customers.values()].filter((c) => c.Name === NEW_CUSTOMER.name);
      expect(customers).toHaveLength(1);
      const documents = [...tenant.orders.values()].filter((o) =>
        o.ExternalInvoiceReference2?.startsWith('fk1-'),
      );
      expect(documents).toHaveLength(10);
      expect(documents.map((d) => d.CustomerNumber)).toEqual(
        Array(10).fill(customers[0]?.CustomerNumber),
      );
      const link = await store.getLinkByHostId(CONNECTION_ID, 'customers', NEW_CUSTOMER.id);
      expect(link?.fortnoxNumber).toBe(customers[0]?.CustomerNumber);
      // The article was new to Fortnox as well: created once, by one of the two processes.
      expect(
        [...tenant.articles.values()].filter((a) => a.ArticleNumber === 'FILTER-10'),
      ).toHaveLength(1);
    },
    180_000,
  );
});
