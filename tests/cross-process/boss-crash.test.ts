import { afterEach, describe, expect, it } from 'vitest';
import { testPool } from '../../packages/core/src/store/postgres/postgres-test-database.test-support.js';
import { FORTNOX_QUEUES } from '../../packages/core/src/workers/job-names.js';
import { canRunPgBoss } from '../../packages/core/src/workers/pg-boss.test-support.js';
import { startFortnoxMock } from '../../packages/mock-server/src/node.js';
import { connectedOnPostgres } from './boss-crash-driver.js';
import {
  BOSS_CRASH_CONNECTION,
  BOSS_CRASH_CUSTOMERS,
  BOSS_CRASH_ORDER_IDS,
} from './boss-crash-fixture.js';
import type { BossCrashCommand, BossCrashReply } from './boss-crash-protocol.js';
import { askOrFail, forkWorker, type WorkerProcess } from './worker-process.js';

type Worker = WorkerProcess<BossCrashCommand, BossCrashReply>;
const SCOPES = ['companyinformation', 'customer', 'article', 'order', 'invoice', 'settings'];

const cleanup: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

const ask = (worker: Worker, command: BossCrashCommand) => askOrFail(worker, command);

/** The emulator server, a connected connection on PostgreSQL, and a worker factory. */
async function setup() {
  const mock = await startFortnoxMock({ size: 5 });
  cleanup.push(() => mock.close());
  const shared = await connectedOnPostgres(mock, BOSS_CRASH_CONNECTION, SCOPES, cleanup);
  const { store, fortnox, boss } = shared;
  const start = async (hang: boolean) => {
    const worker = await forkWorker<BossCrashCommand, BossCrashReply>(
      'tests/cross-process/boss-crash-worker.ts',
      { type: 'exit' },
    );
    cleanup.push(() => worker.kill());
    await ask(worker, {
      type: 'init',
      store,
      connectionId: BOSS_CRASH_CONNECTION,
      fortnox,
      boss,
      hang,
    });
    return worker;
  };
  const tenant = mock.emulator.db.tenant(mock.demo.tenantId);
  return { start, store: shared.parent, tenant, bossSchema: boss.schema };
}

/** The states of the given jobs, read from pg-boss's table. */
async function jobStates(schema: string, ids: string[]): Promise<string[]> {
  const { rows } = await testPool().query<{ state: string }>(
    `SELECT state FROM "${schema}".job WHERE id = ANY($1::uuid[]) ORDER BY id`,
    [ids],
  );
  return rows.map((r) => r.state);
}

async function deadLetters(schema: string): Promise<number> {
  const { rows } = await testPool().query<{ n: string }>(
    `SELECT count(*) AS n FROM "${schema}".job WHERE name = $1`,
    [FORTNOX_QUEUES.deadLetter],
  );
  return Number(rows[0]?.n ?? 0);
}

// Real OS processes, pg-boss on the test PostgreSQL: the first worker is SIGKILLed while it
// holds three sends and a sync (each waiting on the host); a restarted worker finishes them.
describe.skipIf(!canRunPgBoss)(
  'a pg-boss worker SIGKILLed during sends and a sync',
  {
    timeout: 180_000,
  },
  () => {
    it('loses no job, duplicates no document, and leaves the registers equal after a restart', async () => {
      const { start, store, tenant, bossSchema } = await setup();
      const fortnoxOrdersBefore = tenant.orders.size;
      const fortnoxCustomersBefore = [...tenant.customers.values()].length;

      const crashed = await start(true);
      const enqueued = await ask(crashed, { type: 'enqueue', orderIds: BOSS_CRASH_ORDER_IDS });
      if (enqueued.type !== 'enqueued') throw new Error(`unexpected ${enqueued.type}`);
      const ids = [...enqueued.sendIds, enqueued.syncId];
      expect(ids).toHaveLength(BOSS_CRASH_ORDER_IDS.length + 1);
      await expect
        .poll(() => jobStates(bossSchema, ids), { timeout: 60_000, interval: 250 })
        .toEqual(ids.map(() => 'active'));
      await crashed.kill();
      expect(tenant.orders.size).toBe(fortnoxOrdersBefore);

      const restarted = await start(false);
      await expect
        .poll(() => jobStates(bossSchema, ids), { timeout: 120_000, interval: 500 })
        .toEqual(ids.map(() => 'completed'));
      expect(await deadLetters(bossSchema)).toBe(0);

      // Exactly one Fortnox document per order, the one its journal names.
      expect(tenant.orders.size).toBe(fortnoxOrdersBefore + BOSS_CRASH_ORDER_IDS.length);
      const documents = new Set<string>();
      for (const orderId of BOSS_CRASH_ORDER_IDS) {
        const journal = await store.listJournalByOrder(BOSS_CRASH_CONNECTION, orderId);
        const committed = journal.filter((e) => e.state === 'committed');
        expect(committed, orderId).toHaveLength(1);
        documents.add(committed[0]?.documentNumber ?? '');
      }
      expect(documents.size).toBe(BOSS_CRASH_ORDER_IDS.length);

      // Registers equal: every host customer is in Fortnox once, every Fortnox customer linked.
      const fortnoxCustomers = [...tenant.customers.values()];
      for (const customer of BOSS_CRASH_CUSTOMERS) {
        expect(
          fortnoxCustomers.filter((c) => c.Name === customer.name),
          customer.id,
        ).toHaveLength(1);
        expect(
          await store.getLinkByHostId(BOSS_CRASH_CONNECTION, 'customers', customer.id),
        ).toBeDefined();
      }
      expect(fortnoxCustomers).toHaveLength(fortnoxCustomersBefore + BOSS_CRASH_CUSTOMERS.length);
      expect(await store.countLinks(BOSS_CRASH_CONNECTION, 'customers')).toBe(
        fortnoxCustomers.length,
      );
      await restarted.stop();
    });
  },
);
