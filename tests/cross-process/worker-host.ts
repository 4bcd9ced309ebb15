/**
 * What every worker process of the cross-process tests shares: the integration it builds on
 * `init` (default options on the shared store) and the IPC loop that answers the driver.
 */
import {
  type Clock,
  createIntegration,
  type HostOrders,
  type HostRegisters,
  type StateStore,
  systemClock,
} from '../../packages/core/src/index.js';
import { type InitCommand, openRaceStore } from './refresh-race-protocol.js';

/** A worker's integration on the shared store. */
export interface WorkerIntegration {
  integration: ReturnType<typeof createIntegration>;
  store: StateStore;
  close: () => Promise<void>;
}

/** The integration of a worker: the driver's store and Fortnox app, this process's host side. */
export async function openWorkerIntegration(
  command: InitCommand,
  host: { registers: HostRegisters; hostOrders: HostOrders },
  clock: Clock = systemClock,
): Promise<WorkerIntegration> {
  const { store, close } = await openRaceStore(command.store, clock);
  const integration = createIntegration({
    fortnox: command.fortnox,
    connectionId: command.connectionId,
    tenantId: command.connectionId,
    store,
    registers: () => host.registers,
    hostOrders: () => host.hostOrders,
    clock,
  });
  return { integration, store, close };
}

/** Answers each command from the driver with `handle`'s reply (a failure as `error`), then says ready. */
export function serveCommands<Command, Reply>(handle: (command: Command) => Promise<Reply>): void {
  const reply = (message: Reply | { type: 'error'; message: string }) => process.send?.(message);
  process.on('message', (command: Command) => {
    handle(command).then(reply, (error: unknown) =>
      reply({ type: 'error', message: String(error) }),
    );
  });
  process.send?.({ type: 'ok' });
}
