/**
 * One worker process of the pg-boss crash test (`boss-crash.test.ts`): startFortnoxWorkers on
 * pg-boss, an integration with default options on the shared PostgreSQL store, against the
 * emulator's HTTP server. With `hang`, every host call hangs,
 * so the driver can SIGKILL the process while it holds sends and a sync.
 */
import {
  createIntegration,
  createMemoryHostOrders,
  createMemoryHostRegisters,
  systemClock,
} from '../../packages/core/src/index.js';
import { FORTNOX_QUEUES } from '../../packages/core/src/workers/index.js';
import {
  BOSS_CRASH_CONNECTION,
  BOSS_CRASH_CUSTOMERS,
  BOSS_CRASH_ORDERS,
  FILTER_ARTICLE,
} from './boss-crash-fixture.js';
import type { BossCrashCommand, BossCrashReply } from './boss-crash-protocol.js';
import { serveBossWorker, startBossWorkerHost } from './boss-worker-host.js';
import { openRaceStore } from './refresh-race-protocol.js';

let hanging = false;

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
  const started = await startBossWorkerHost({ boss: command.boss, store, integration });
  hanging = command.hang;
  return started;
}

serveBossWorker<BossCrashCommand, BossCrashReply>({
  start: init,
  async other({ boss }, command) {
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
  },
});
