/**
 * One worker process of the pg-boss sync crash test (`boss-sync-crash.test.ts`):
 * startFortnoxWorkers on pg-boss and an integration on the shared PostgreSQL store. The host's
 * registers are in memory but every write is appended to a file that the next process reads
 * back, as a host database would keep it. With `hangAfter`, every host call hangs once that
 * many records were written, so the driver can SIGKILL the process in the middle of a sync.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import {
  createIntegration,
  createMemoryHostOrders,
  createMemoryHostRegisters,
  systemClock,
} from '../../packages/core/src/index.js';
import {
  CUSTOMER,
  FILTER_ARTICLE,
} from '../../packages/core/src/integration/host-fixture.test-support.js';
import { createSlidingWindowRateLimiter } from '../../packages/core/src/rate-limit/sliding-window-rate-limiter.js';
import { FORTNOX_QUEUES } from '../../packages/core/src/workers/index.js';
import type {
  BossSyncCrashCommand,
  BossSyncCrashReply,
  HostFileLine,
} from './boss-sync-crash-protocol.js';
import { serveBossWorker, startBossWorkerHost } from './boss-worker-host.js';
import { openRaceStore } from './refresh-race-protocol.js';

/** `target` writing through to `file`; every call hangs once `hangAfter` writes were made. */
function persisted<T extends object>(
  target: T,
  register: HostFileLine['register'],
  file: string,
  hangAfter: number | null,
  writes: { count: number },
): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        if (hangAfter !== null && writes.count >= hangAfter) return new Promise(() => undefined);
        const result = await value.apply(object, args);
        if (property === 'upsert') {
          appendFileSync(file, `${JSON.stringify({ register, record: result })}\n`);
          writes.count++;
        }
        return result;
      };
    },
  });
}

async function init(command: Extract<BossSyncCrashCommand, { type: 'init' }>) {
  const registers = createMemoryHostRegisters({
    customers: [CUSTOMER],
    articles: [FILTER_ARTICLE],
  });
  const lines = existsSync(command.hostFile)
    ? readFileSync(command.hostFile, 'utf8').split('\n').filter(Boolean)
    : [];
  for (const line of lines) {
    const { register, record } = JSON.parse(line) as HostFileLine;
    await (registers[register].upsert as (r: object) => Promise<unknown>)(record);
  }
  const writes = { count: 0 };
  const wrap = <T extends object>(target: T, register: HostFileLine['register']) =>
    persisted(target, register, command.hostFile, command.hangAfter, writes);
  const host = {
    customers: wrap(registers.customers, 'customers'),
    articles: wrap(registers.articles, 'articles'),
  };
  const { store } = await openRaceStore(command.store, systemClock);
  const integration = createIntegration({
    fortnox: command.fortnox,
    connectionId: command.connectionId,
    tenantId: command.connectionId,
    store,
    registers: () => host,
    hostOrders: () => createMemoryHostOrders({ orders: [] }),
    // The emulator's rate limit is off: 1,100 articles read one by one in seconds, not minutes.
    rateLimiter: createSlidingWindowRateLimiter({ clock: systemClock, limit: 100_000 }),
  });
  return startBossWorkerHost({ boss: command.boss, store, integration });
}

serveBossWorker<BossSyncCrashCommand, BossSyncCrashReply>({
  start: init,
  async other(host, command) {
    const { connectionId } = command;
    const id = await host.boss.send(
      FORTNOX_QUEUES.sync,
      { connectionId },
      { singletonKey: connectionId },
    );
    return { type: 'enqueued', syncId: id ?? '' };
  },
});
