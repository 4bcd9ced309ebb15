/**
 * What the pg-boss worker processes of the crash tests share: pg-boss on the driver's schema
 * (supervised every second) and startFortnoxWorkers with fast heartbeats and retries, so a
 * SIGKILLed worker's jobs are retried within seconds; `exit` stops both and the process.
 */
import { PgBoss } from 'pg-boss';
import type { StateStore } from '../../packages/core/src/index.js';
import {
  FORTNOX_QUEUES,
  startFortnoxWorkers,
  type WorkerIntegration,
} from '../../packages/core/src/workers/index.js';
import { serveCommands } from './worker-host.js';

/** A worker process's started pg-boss and workers. */
export interface BossWorkerHost {
  boss: PgBoss;
  /** Stops the workers and pg-boss, then exits the process. */
  exit(): Promise<void>;
}

/** Starts pg-boss and the workers of one connection's integration in this process. */
export async function startBossWorkerHost(options: {
  boss: { url: string; schema: string };
  store: StateStore;
  integration: WorkerIntegration;
}): Promise<BossWorkerHost> {
  const boss = new PgBoss({
    connectionString: options.boss.url,
    schema: options.boss.schema,
    max: 4,
    monitorIntervalSeconds: 1,
    superviseIntervalSeconds: 1,
  });
  boss.on('error', () => undefined);
  await boss.start();
  const fast = { heartbeatSeconds: 10, retryDelay: 1 };
  const workers = await startFortnoxWorkers({
    boss,
    store: options.store,
    integration: () => options.integration,
    pollingIntervalSeconds: 0.5,
    queues: { [FORTNOX_QUEUES.send]: fast, [FORTNOX_QUEUES.sync]: fast },
  });
  return {
    boss,
    async exit() {
      await workers.stop();
      await boss.stop({ graceful: false, timeout: 2_000 });
      setImmediate(() => process.exit(0));
    },
  };
}

/**
 * Answers the driver: `init` starts the worker host with `start`, `exit` stops it and the
 * process, any other command goes to `other` with the started host.
 */
export function serveBossWorker<Command extends { type: string }, Reply>(handlers: {
  start(command: Extract<Command, { type: 'init' }>): Promise<BossWorkerHost>;
  other(host: BossWorkerHost, command: Exclude<Command, { type: 'init' | 'exit' }>): Promise<Reply>;
}): void {
  let host: BossWorkerHost | undefined;
  serveCommands<Command, Reply | { type: 'ok' }>(async (command) => {
    if (command.type === 'init') {
      host = await handlers.start(command as Extract<Command, { type: 'init' }>);
      return { type: 'ok' };
    }
    if (command.type === 'exit') {
      await host?.exit();
      return { type: 'ok' };
    }
    if (!host) throw new Error('worker: not initialised');
    return handlers.other(host, command as Exclude<Command, { type: 'init' | 'exit' }>);
  });
}
