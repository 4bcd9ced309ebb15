/**
 * One host process of the refresh race (`refresh-race.ts`): an integration with default
 * options on the shared store, driven over IPC. Its clock is the system clock plus an
 * offset the driver moves, so every process holds an expired access token at once.
 */
import {
  type Clock,
  type createIntegration,
  createMemoryHostOrders,
  createMemoryHostRegisters,
  systemClock,
} from '../../packages/core/src/index.js';
import type { WorkerCommand, WorkerReply } from './refresh-race-protocol.js';
import { openWorkerIntegration, serveCommands } from './worker-host.js';

let offsetMs = 0;
const clock: Clock = { now: () => systemClock.now() + offsetMs, sleep: systemClock.sleep };

type Integration = ReturnType<typeof createIntegration>;
let integration: Integration | undefined;
let closeStore: (() => Promise<void>) | undefined;

async function handle(command: WorkerCommand): Promise<WorkerReply> {
  switch (command.type) {
    case 'init': {
      const opened = await openWorkerIntegration(
        command,
        { registers: createMemoryHostRegisters({ clock }), hostOrders: createMemoryHostOrders() },
        clock,
      );
      ({ integration, close: closeStore } = opened);
      return { type: 'ok' };
    }
    case 'prepare': {
      offsetMs = command.offsetMs;
      const state = await need(integration).connection.load();
      return { type: 'prepared', status: state.status };
    }
    case 'go':
      return go(need(integration), command.calls);
    case 'exit':
      await closeStore?.();
      setImmediate(() => process.exit(0));
      return { type: 'ok' };
  }
}

async function go(target: Integration, calls: number): Promise<WorkerReply> {
  const results = await Promise.allSettled(
    Array.from({ length: calls }, () => target.connection.getAccessToken()),
  );
  const tokens = new Set<string>();
  const errors: string[] = [];
  for (const r of results) {
    if (r.status === 'fulfilled') tokens.add(r.value);
    else errors.push(String(r.reason));
  }
  // One real API call proves the token works (the connection is not broken).
  const apiOk = await target.client.companyInformation
    .get()
    .then(() => true)
    .catch((error: unknown) => {
      errors.push(`api: ${String(error)}`);
      return false;
    });
  return { type: 'went', tokens: [...tokens], errors, apiOk };
}

function need(value: Integration | undefined): Integration {
  if (!value) throw new Error('worker: not initialised');
  return value;
}

serveCommands(handle);
