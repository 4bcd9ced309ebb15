import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CustomerInput } from '../host/index.js';
import { type Harness, startHarness } from '../integration/emulator-harness.test-support.js';
import { FILTER_ARTICLE, readyWorkOrder } from '../integration/host-fixture.test-support.js';
import { createSqliteStateStore } from '../store/sqlite/index.js';
import { generateEncryptionKey } from '../store/token-cipher.js';

// A host customer that Fortnox does not know yet: no link, no number, found by nobody.
const NEW_CUSTOMER: CustomerInput = { id: 'c-new', name: 'Nyföretaget AB', email: 'info@ny.se' };
const orders = Array.from({ length: 10 }, (_, i) =>
  readyWorkOrder(`o${i}`, { customerId: NEW_CUSTOMER.id }),
);

let h: Harness;
let dir: string | undefined;
afterEach(() => {
  h?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** Added after the first sync, so the sync has not created it in Fortnox already. */
async function addCustomerAfterSync() {
  await h.registers.customers.upsert(NEW_CUSTOMER);
  expect(await h.store.getLinkByHostId('default', 'customers', NEW_CUSTOMER.id)).toBeUndefined();
}

function fortnoxCustomersNamed(name: string) {
  return [...h.emulator.db.tenant(h.tenantId).customers.values()].filter((c) => c.Name === name);
}

function documentCustomers() {
  return [...h.emulator.db.tenant(h.tenantId).orders.values()]
    .filter((o) => o.ExternalInvoiceReference2?.startsWith('fk1-'))
    .map((o) => o.CustomerNumber);
}

describe('concurrent sends for one customer Fortnox does not know yet', { timeout: 60_000 }, () => {
  it('create one Fortnox customer for 10 simultaneous sends in one process, and bill all 10 to it', async () => {
    h = await startHarness({ articles: [FILTER_ARTICLE], orders });
    await addCustomerAfterSync();
    const results = await Promise.all(orders.map((o) => h.integration.sendOrder(o.id)));
    expect(results).toHaveLength(10);
    const created = fortnoxCustomersNamed(NEW_CUSTOMER.name);
    expect(created).toHaveLength(1);
    expect(documentCustomers()).toEqual(Array(10).fill(created[0]?.CustomerNumber));
  });

  it('create one Fortnox customer when a send and a sync reach it at once, and link the sync to it', async () => {
    h = await startHarness({ articles: [FILTER_ARTICLE], orders });
    await addCustomerAfterSync();
    // Creating a customer takes 30 s, twice: whichever path creates first, the other looks
    // for the customer before that create commits (the race a fleet of workers hit).
    h.emulator.control.injectFault({
      method: 'POST',
      path: '/3/customers',
      latencyMs: 30_000,
      count: 2,
    });
    const [sent] = await Promise.all([
      h.integration.sendOrder('o0'),
      h.integration.startSync({ registers: ['customers'] }).then(() => h.integration.sync.idle()),
    ]);
    const created = fortnoxCustomersNamed(NEW_CUSTOMER.name);
    expect(created).toHaveLength(1);
    expect(sent.result.documentNumber).toBeTruthy();
    expect(documentCustomers()).toEqual([created[0]?.CustomerNumber]);
    const link = await h.store.getLinkByHostId('default', 'customers', NEW_CUSTOMER.id);
    expect(link?.fortnoxNumber).toBe(created[0]?.CustomerNumber);
  });

  it('create one Fortnox customer when two processes on one SQLite file send at once', async () => {
    dir = mkdtempSync(join(tmpdir(), 'fk-new-customer-'));
    const file = join(dir, 'state.db');
    const key = generateEncryptionKey();
    h = await startHarness({
      articles: [FILTER_ARTICLE],
      orders,
      store: createSqliteStateStore({ database: file, encryptionKey: key }),
    });
    await addCustomerAfterSync();
    // A second process: its own handle on the file, its own integration.
    const other = h.restart(createSqliteStateStore({ database: file, encryptionKey: key }));
    const results = await Promise.all(
      orders.map((o, i) => (i % 2 === 0 ? h.integration : other).sendOrder(o.id)),
    );
    expect(results).toHaveLength(10);
    const created = fortnoxCustomersNamed(NEW_CUSTOMER.name);
    expect(created).toHaveLength(1);
    expect(documentCustomers()).toEqual(Array(10).fill(created[0]?.CustomerNumber));
    other.stop();
  });
});
