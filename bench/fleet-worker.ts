/**
 * One worker process of the fleet benchmark (`bench/fleet.ts`): startFortnoxWorkers on pg-boss
 * with one integration per connection (default options on the shared PostgreSQL store, so
 * the shared rate limiter paces every tenant), against the emulator's HTTP server, all on
 * the driver's scaled clock. Counts every request per connection, and when a connection's
 * first scheduled sync starts, enqueues that tenant's background send (a send while its full
 * sync runs). Needs Node >= 22.12 (pg-boss).
 */
import { PgBoss } from 'pg-boss';
import { createScaledClock, type ScaledClock } from '../packages/core/src/env/scaled-clock.js';
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
import type { WorkerIntegration } from '../packages/core/src/workers/job-handlers.js';
import { jobIdOf } from '../packages/core/src/workers/slots.js';
import type {
  FleetCommand,
  FleetInit,
  FleetReply,
  FleetReport,
  FleetSend,
} from './fleet-protocol.js';

const report: Omit<FleetReport, 'cpuSeconds'> = {
  type: 'report',
  requestTimes: {},
  syncs: {},
  sends: {},
  http429: 0,
  http401: 0,
  tokenRequests: 0,
  invalidGrant: 0,
  failedAttempts: 0,
};
let stop: (() => Promise<void>) | undefined;

function countingFetch(connectionId: string, clock: ScaledClock): typeof fetch {
  const times: number[] = [];
  report.requestTimes[connectionId] = times;
  return async (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    const token = url.includes('/oauth-v1/token');
    if (token) report.tokenRequests++;
    else times.push(clock.now());
    const response = await fetch(input, init);
    if (response.status === 429) report.http429++;
    if (response.status === 401) report.http401++;
    if (token && response.status === 400) report.invalidGrant++;
    return response;
  };
}

function sendOf(connectionId: string): FleetSend {
  const send = report.sends[connectionId] ?? {};
  report.sends[connectionId] = send;
  return send;
}

/** The integration, with its first scheduled sync and its send timed on the clock. */
function timed(
  connectionId: string,
  integration: WorkerIntegration,
  clock: ScaledClock,
  enqueueSend: (connectionId: string) => Promise<unknown>,
): WorkerIntegration {
  const scheduler = integration.syncScheduler;
  return {
    ...integration,
    syncScheduler: {
      ...scheduler,
      async runNow(options) {
        const first = !report.syncs[connectionId];
        const sync = { startedAt: clock.now() };
        const started = await scheduler.runNow(options);
        if (!first) return started;
        report.syncs[connectionId] = sync;
        const send = sendOf(connectionId);
        await enqueueSend(connectionId);
        send.enqueuedAt = clock.now();
        void started.done.then(
          (run) => Object.assign(sync, { endedAt: clock.now(), status: run.status }),
          () => Object.assign(sync, { endedAt: clock.now(), status: 'threw' }),
        );
        return started;
      },
    },
    async sendOrder(orderId, user) {
      const send = sendOf(connectionId);
      send.startedAt = send.startedAt ?? clock.now();
      const outcome = await integration.sendOrder(orderId, user);
      send.doneAt = clock.now();
      return outcome;
    },
  };
}

async function init(command: FleetInit) {
  const clock = createScaledClock(command.clock);
  const store = await createPostgresStateStore({
    connectionString: command.databaseUrl,
    schema: command.storeSchema,
    encryptionKey: command.encryptionKey,
    clock,
  });
  const boss = new PgBoss({
    connectionString: command.databaseUrl,
    schema: command.bossSchema,
    max: 6,
  });
  boss.on('error', () => undefined);
  await boss.start();
  // One send per tenant, whichever process starts its sync: the job id is the tenant's.
  const enqueueSend = (connectionId: string) =>
    boss.insert(FORTNOX_QUEUES.send, [
      { id: jobIdOf(`fleet-send:${connectionId}`), data: { connectionId, orderId: 'o1' } },
    ]);
  const integrationOf = (connectionId: string) => {
    const registers = createMemoryHostRegisters({
      customers: [CUSTOMER, { id: 'c2', name: 'Andra Kunden AB', email: 'a@k.se' }],
      articles: [FILTER_ARTICLE],
    });
    const orders = createMemoryHostOrders({ orders: [readyWorkOrder('o1')] });
    const integration = createIntegration({
      fortnox: command.fortnox,
      connectionId,
      tenantId: connectionId,
      store,
      registers: () => registers,
      hostOrders: () => orders,
      fetch: countingFetch(connectionId, clock),
      clock,
    });
    return timed(connectionId, integration, clock, enqueueSend);
  };
  const workers = await startFortnoxWorkers({
    boss,
    store,
    integration: integrationOf,
    clock,
    toDatabaseTime: (clockMs) => new Date(clock.toRealTime(clockMs)),
    concurrency: { sync: 8, send: 8 },
    pollingIntervalSeconds: 0.5,
    // A failed attempt goes to stderr (the driver's), so a retried job is visible.
    logger: {
      warn: (message, fields) => {
        report.failedAttempts++;
        console.error(message, JSON.stringify(fields));
      },
    },
  });
  stop = async () => {
    await workers.stop();
    await boss.stop({ graceful: false, timeout: 2_000 });
    await store.close();
  };
}

async function handle(command: FleetCommand): Promise<FleetReply> {
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
  return { ...report, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

process.on('message', (command: FleetCommand) => {
  handle(command).then(
    (reply) => process.send?.(reply),
    (error: unknown) => process.send?.({ type: 'error', message: String(error) }),
  );
});
process.send?.({ type: 'ok' });
