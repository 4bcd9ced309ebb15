/**
 * One host process of the crash-recovery test (`crash-recovery.test.ts`): an integration
 * with default options on a shared SQLite file, against the emulator's HTTP server. With
 * `hang`, the host's registers and orders stop answering once armed, so the driver can
 * SIGKILL the process while it holds a send or a sync.
 */
import {
  type createIntegration,
  createMemoryHostOrders,
  createMemoryHostRegisters,
  type HostOrders,
  type HostRegisters,
} from '../../packages/core/src/index.js';
import {
  CUSTOMER,
  FILTER_ARTICLE,
  readyWorkOrder,
} from '../../packages/core/src/integration/host-fixture.test-support.js';
import type { CrashCommand, CrashReply } from './crash-protocol.js';
import { openWorkerIntegration, serveCommands } from './worker-host.js';

type Integration = ReturnType<typeof createIntegration>;
let integration: Integration | undefined;
// Set by a command: the next host call the work makes tells the driver and never returns.
let armed: (() => void) | undefined;

/** `target` with every method gated: while armed, a call reports `inside` and hangs. */
function gated<T extends object>(target: T): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (!armed) return value.apply(object, args);
        armed();
        armed = undefined;
        return new Promise(() => undefined);
      };
    },
  });
}

function hostRegisters(hang: boolean): HostRegisters {
  const registers = createMemoryHostRegisters({
    customers: [CUSTOMER],
    articles: [FILTER_ARTICLE],
  });
  if (!hang) return registers;
  return { customers: gated(registers.customers), articles: gated(registers.articles) };
}

function hostOrders(hang: boolean): HostOrders {
  const orders = createMemoryHostOrders({ orders: [readyWorkOrder('o1')] });
  return hang ? gated(orders) : orders;
}

/** Runs `work`; with `hang`, answers `inside` when the work reached the host instead. */
function reached(work: () => Promise<CrashReply>): Promise<CrashReply> {
  const inside = new Promise<CrashReply>((resolve) => {
    armed = () => resolve({ type: 'inside' });
  });
  return Promise.race([work(), inside]);
}

async function handle(command: CrashCommand): Promise<CrashReply> {
  if (command.type === 'init') {
    ({ integration } = await openWorkerIntegration(command, {
      registers: hostRegisters(command.hang),
      hostOrders: hostOrders(command.hang),
    }));
    return { type: 'ok' };
  }
  if (command.type === 'exit') {
    await integration?.stop();
    setImmediate(() => process.exit(0));
    return { type: 'ok' };
  }
  const target = integration;
  if (!target) throw new Error('worker: not initialised');
  switch (command.type) {
    case 'sync':
      return reached(async () => {
        await target.sync.start({ trigger: 'manual' });
        await target.sync.idle();
        return { type: 'ok' };
      });
    case 'send':
      return reached(async () => {
        const sent = await target.sendOrder(command.orderId);
        return { type: 'sent', documentNumber: sent.result.documentNumber };
      });
    case 'start':
      await target.start();
      return { type: 'ok' };
    case 'status':
      return { type: 'status', status: await target.sync.status() };
  }
}

serveCommands(handle);
