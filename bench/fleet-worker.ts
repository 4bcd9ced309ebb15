/**
 * One worker process of the fleet benchmark (`bench/fleet.ts`): startFortnoxWorkers on pg-boss
 * with one integration per connection (default options on the shared PostgreSQL store, so
 * the shared rate limiter paces every tenant), against the emulator's HTTP server. Counts
 * every request it makes per connection. Needs Node >= 22.12 (pg-boss).
 */
import { PgBoss } from 'pg-boss';
import {
  createIntegration,
  createMemoryHostOrders,
  createMemoryHostRegisters,
} from '../packages/core/src/index.js';
import {
  CUSTOMER,
  FILTER_ARTICLE,
  readyWorkOrder,
} from '../packages/core/src/integration/host-fixture.test-support.js';
import { createPostgresStateStore } from '../packages/core/src/store/postgres/index.js';
import { FORTNOX_QUEUES, startFortnoxWorkers } from '../packages/core/src/workers/index.js';
import type { FleetCommand, FleetInit, FleetReply, FleetSend } from './fleet-protocol.js';

const requestTimes: Record<string, number[]> = {};
let http429 = 0;
let tokenRequests = 0;
let invalidGrant = 0;
let stop: (() => Promise<void>) | undefined;
let enqueue: ((sends: FleetSend[]) => Promise<unknown>) | undefined;

function countingFetch(connectionId: string): typeof fetch {
  const times: number[] = [];
  requestTimes[connectionId] = times;
  return async (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    const token = url.includes('/oauth-v1/token');
    if (token) tokenRequests++;
    else times.push(Date.now());
    const response = await fetch(input, init);
    if (response.status === 429) http429++;
    if (token && response.status === 400) invalidGrant++;
    return response;
  };
}

async function init(command: FleetInit) {
  const store = await createPostgresStateStore({
    connectionString: command.databaseUrl,
    schema: command.storeSchema,
    encryptionKey: command.encryptionKey,
  });
  const integrationOf = (connectionId: string) => {
    const registers = createMemoryHostRegisters({
      customers: [CUSTOMER, { id: 'c2', name: 'Andra Kunden AB', email: 'a@k.se' }],
      articles: [FILTER_ARTICLE],
    });
    const orders = createMemoryHostOrders({ orders: [readyWorkOrder('o1')] });
    return createIntegration({
      fortnox: command.fortnox,
      connectionId,
      tenantId: connectionId,
      store,
      registers: () => registers,
      hostOrders: () => orders,
      fetch: countingFetch(connectionId),
    });
  };
  const boss = new PgBoss({
    connectionString: command.databaseUrl,
    schema: command.bossSchema,
    max: 6,
  });
  boss.on('error', () => undefined);
  await boss.start();
  const workers = await startFortnoxWorkers({
    boss,
    store,
    integration: integrationOf,
    syncIntervalMs: command.syncIntervalMs,
    concurrency: { sync: 8, send: 8 },
    pollingIntervalSeconds: 0.5,
  });
  enqueue = (sends) =>
    boss.insert(
      FORTNOX_QUEUES.send,
      sends.map((s) => ({
        data: { connectionId: s.connectionId, orderId: 'o1' },
        startAfter: new Date(s.at),
      })),
    );
  stop = async () => {
    await workers.stop();
    await boss.stop({ graceful: false, timeout: 2_000 });
    await store.close();
  };
}

async function handle(command: FleetCommand): Promise<FleetReply> {
  if (command.type === 'enqueue') {
    if (!enqueue) throw new Error('not initialised');
    await enqueue(command.sends);
    return { type: 'ok' };
  }
  if (command.type === 'init') {
    await init(command);
    return { type: 'ok' };
  }
  if (command.type === 'exit') {
    await stop?.();
    setImmediate(() => process.exit(0));
    return { type: 'ok' };
  }
  const cpu = process.cpuUsage();
  return {
    type: 'report',
    requestTimes,
    http429,
    tokenRequests,
    invalidGrant,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
  };
}

process.on('message', (command: FleetCommand) => {
  handle(command).then(
    (reply) => process.send?.(reply),
    (error: unknown) => process.send?.({ type: 'error', message: String(error) }),
  );
});
process.send?.({ type: 'ok' });
