/**
 * One worker process of the pg-boss crash test (`boss-crash.test.ts`): startFortnoxWorkers on
 * pg-boss, an integration with default options on the shared PostgreSQL store, against the
 * emulator's HTTP server. With `hang`, every host call hangs,
 * so the driver can SIGKILL the process while it holds sends and a sync.
 */
import { PgBoss } from 'pg-boss';
import {
  createIntegration,
  createMemoryHostOrders,
  createMemoryHostRegisters,
  systemClock,
} from '../../packages/core/src/index.js';
import { FORTNOX_QUEUES, startFortnoxWorkers } from '../../packages/core/src/workers/index.js';
import {
  BOSS_CRASH_CONNECTION,
  BOSS_CRASH_CUSTOMERS,
  BOSS_CRASH_ORDERS,
  FILTER_ARTICLE,
} from './boss-crash-fixture.js';
import type { BossCrashCommand, BossCrashReply } from './boss-crash-protocol.js';
import { openRaceStore } from './refresh-race-protocol.js';

let boss: PgBoss | undefined;
let stopWorkers: (() => Promise<void>) | undefined;
let hanging = false;

const reply = (message: BossCrashReply) => process.send?.(message);

/** `target` with every method hanging while `hanging` (the process is about to be killed). */
function gated<T extends object>(target: T, hang: boolean): T {
  if (!hang) return target;
  return new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (hanging) return new Promise(() => undefined);
        return value.apply(object, args);
      };
    },
  });
}

async function init(command: Extract<BossCrashCommand, { type: 'init' }>) {
  const { store } = await openRaceStore(command.store, systemClock);
  const registers = createMemoryHostRegisters({
    customers: BOSS_CRASH_CUSTOMERS,
    articles: [FILTER_ARTICLE],
  });
  const orders = createMemoryHostOrders({ orders: BOSS_CRASH_ORDERS });
  const host = {
    customers: gated(registers.customers, command.hang),
    articles: gated(registers.articles, command.hang),
  };
  const integration = createIntegration({
    fortnox: command.fortnox,
    connectionId: command.connectionId,
    tenantId: command.connectionId,
    store,
    registers: () => host,
    hostOrders: () => gated(orders, command.hang),
  });
  boss = new PgBoss({
    connectionString: command.boss.url,
    schema: command.boss.schema,
    max: 4,
    monitorIntervalSeconds: 1,
    superviseIntervalSeconds: 1,
  });
  boss.on('error', () => undefined);
  await boss.start();
  const fast = { heartbeatSeconds: 10, retryDelay: 1 };
  const workers = await startFortnoxWorkers({
    boss,
    store,
    integration: () => integration,
    pollingIntervalSeconds: 0.5,
    queues: { [FORTNOX_QUEUES.send]: fast, [FORTNOX_QUEUES.sync]: fast },
  });
  stopWorkers = workers.stop;
  hanging = command.hang;
}

async function handle(command: BossCrashCommand): Promise<BossCrashReply> {
  if (command.type === 'init') {
    await init(command);
    return { type: 'ok' };
  }
  if (command.type === 'exit') {
    await stopWorkers?.();
    await boss?.stop({ graceful: false, timeout: 2_000 });
    setImmediate(() => process.exit(0));
    return { type: 'ok' };
  }
  if (!boss) throw new Error('worker: not initialised');
  const sendIds: string[] = [];
  for (const orderId of command.orderIds) {
    const id = await boss.send(FORTNOX_QUEUES.send, {
      connectionId: BOSS_CRASH_CONNECTION,
      orderId,
    });
    if (id) sendIds.push(id);
  }
  const syncId = await boss.send(
    FORTNOX_QUEUES.sync,
    { connectionId: BOSS_CRASH_CONNECTION },
    { singletonKey: BOSS_CRASH_CONNECTION },
  );
  return { type: 'enqueued', sendIds, syncId: syncId ?? '' };
}

process.on('message', (command: BossCrashCommand) => {
  handle(command).then(reply, (error: unknown) => reply({ type: 'error', message: String(error) }));
});
reply({ type: 'ok' });
