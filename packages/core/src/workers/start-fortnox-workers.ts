import type { FortnoxLogger } from '../client/logger.js';
import { type Clock, systemClock } from '../env/clock.js';
import type { StateStore } from '../store/state-store.js';
import {
  type ConnectionJobData,
  type JobOutput,
  type OrderJobData,
  runInvoiceStatusJob,
  runSendJob,
  runTimeReportJob,
  type WorkerIntegration,
} from './job-handlers.js';
import { FORTNOX_QUEUES, type FortnoxQueueName, QUEUE_OPTIONS } from './job-names.js';
import type {
  PgBossJob,
  PgBossJobResult,
  PgBossLike,
  PgBossQueueOptions,
} from './pg-boss-types.js';
import { settleJob } from './settle-job.js';
import { jobIdOf, nextSlot, slotOffset } from './slots.js';
import { runSyncJob } from './sync-job.js';

/** Options of {@link startFortnoxWorkers}. */
export interface FortnoxWorkersOptions {
  /** A started pg-boss (`await new PgBoss({ connectionString }).start()`); the host stops it. */
  boss: PgBossLike;
  /** The store every process shares; its connected connections are the ones synced. */
  store: StateStore;
  /**
   * The integration of one connection, as the host builds it for its handler (same store,
   * registers and orders of that connection's tenant). Built once per connection per process;
   * never `start()` it in a worker process: the jobs replace its in-process loops.
   */
  integration: (connectionId: string) => WorkerIntegration | Promise<WorkerIntegration>;
  /** Time between a connection's scheduled syncs. @default 3600000 (1 h) */
  syncIntervalMs?: number;
  /** Time between a connection's invoice status polls. @default 300000 (5 min) */
  statusPollIntervalMs?: number;
  /** When the planner runs (pg-boss cron, UTC). @default '* * * * *' (every minute) */
  planCron?: string;
  /** Jobs this process works on at once, per queue. @default { sync: 2, send: 4, invoiceStatus: 2, timeReport: 2 } */
  concurrency?: Partial<Record<'sync' | 'send' | 'invoiceStatus' | 'timeReport', number>>;
  /**
   * Per-queue changes to the retry, expiry and heartbeat policy (decisions/100), applied when
   * the queue is first created.
   * @default QUEUE_OPTIONS
   */
  queues?: Partial<Record<FortnoxQueueName, PgBossQueueOptions>>;
  /** How often an idle worker looks for jobs. @default 2 */
  pollingIntervalSeconds?: number;
  /** @default systemClock */
  clock?: Clock;
  /**
   * When `clock` is not real time (a simulation on a scaled clock, decisions/146): the real
   * time at which it shows `clockMs`. pg-boss starts a job on the database's clock, so a slot
   * planned on `clock` is handed to it as `startAfter: toDatabaseTime(slot)`.
   * @default (clockMs) => new Date(clockMs)
   */
  toDatabaseTime?: (clockMs: number) => Date;
  /** @default silent */
  logger?: FortnoxLogger;
}

/** What one planning round enqueued (a slot already enqueued is not counted again). */
export interface PlanResult {
  connections: number;
}

/** The running workers of this process. */
export interface FortnoxWorkers {
  /** Enqueues each connected connection's next sync and status poll (the planner job does this every minute). */
  plan(): Promise<PlanResult>;
  /** Sends the order in the background, with retries; resolves with the job id. */
  enqueueSend(connectionId: string, orderId: string): Promise<string | null>;
  /** Sends the order's time report in the background, with retries. */
  enqueueTimeReport(connectionId: string, orderId: string): Promise<string | null>;
  /** Stops taking jobs and waits for the ones in hand (pg-boss itself stays up: the host's). */
  stop(): Promise<void>;
}

const DEFAULT_CONCURRENCY = { sync: 2, send: 4, invoiceStatus: 2, timeReport: 2 };

/**
 * Runs fortnox-kit's background work as pg-boss jobs in this process: each connection's
 * hourly sync (staggered over the hour, one at a time per connection), invoice status polls,
 * and background sends and time reports, with retries and a dead-letter queue
 * (`fortnox-kit.dead-letter`). Start it in as many processes as you like; they share the
 * queues. The handler and the React components are unchanged: they call the integration.
 *
 * @example
 * const boss = await new PgBoss({ connectionString }).start();
 * const workers = await startFortnoxWorkers({ boss, store, integration: integrationOf });
 * process.on('SIGTERM', async () => { await workers.stop(); await boss.stop(); });
 */
export async function startFortnoxWorkers(options: FortnoxWorkersOptions): Promise<FortnoxWorkers> {
  const { boss, store } = options;
  const clock = options.clock ?? systemClock;
  const toDatabaseTime = options.toDatabaseTime ?? ((clockMs: number) => new Date(clockMs));
  const syncIntervalMs = options.syncIntervalMs ?? 3_600_000;
  const pollIntervalMs = options.statusPollIntervalMs ?? 300_000;
  const concurrency = { ...DEFAULT_CONCURRENCY, ...options.concurrency };
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 2;
  const integrations = new Map<string, Promise<WorkerIntegration>>();
  const resumed = new Map<string, { done: boolean }>();
  const integrationOf = (connectionId: string) => {
    let found = integrations.get(connectionId);
    if (!found) {
      found = Promise.resolve(options.integration(connectionId));
      integrations.set(connectionId, found);
      found.catch(() => integrations.delete(connectionId));
    }
    return found;
  };

  // The dead-letter queue first: the others name it.
  const names = Object.values(FORTNOX_QUEUES);
  for (const name of [
    FORTNOX_QUEUES.deadLetter,
    ...names.filter((n) => n !== FORTNOX_QUEUES.deadLetter),
  ]) {
    await boss.createQueue(name, { ...QUEUE_OPTIONS[name], ...options.queues?.[name] });
  }

  async function plan(): Promise<PlanResult> {
    const now = clock.now();
    const connected = (await store.listConnections()).filter((c) => c.status === 'connected');
    const at = toDatabaseTime;
    const sync = connected.map(({ id }) => slotJob('sync', id, now, syncIntervalMs, at));
    const poll = connected.map(({ id }) => slotJob('poll', id, now, pollIntervalMs, at));
    if (sync.length > 0) await boss.insert(FORTNOX_QUEUES.sync, sync);
    if (poll.length > 0) await boss.insert(FORTNOX_QUEUES.invoiceStatus, poll);
    return { connections: connected.length };
  }

  const worked: FortnoxQueueName[] = [];
  async function work<T extends ConnectionJobData>(
    name: FortnoxQueueName,
    localConcurrency: number,
    run: (integration: WorkerIntegration, data: T) => Promise<JobOutput>,
  ) {
    await boss.work<T>(
      name,
      { localConcurrency, pollingIntervalSeconds, batchSize: 1, perJobResults: true },
      async (jobs: PgBossJob<T>[]) => {
        const results: PgBossJobResult[] = [];
        for (const job of jobs) {
          const runJob = async (data: T) => run(await integrationOf(data.connectionId), data);
          results.push(await settleJob(name, job, runJob, options.logger));
        }
        return results;
      },
    );
    worked.push(name);
  }

  await work<ConnectionJobData>(FORTNOX_QUEUES.sync, concurrency.sync, (i, d) =>
    runSyncJob(i, { store, clock, connectionId: d.connectionId }),
  );
  await work<ConnectionJobData>(FORTNOX_QUEUES.invoiceStatus, concurrency.invoiceStatus, (i, d) =>
    runInvoiceStatusJob(i, resumedOf(d.connectionId)),
  );
  await work<OrderJobData>(FORTNOX_QUEUES.send, concurrency.send, runSendJob);
  await work<OrderJobData>(FORTNOX_QUEUES.timeReport, concurrency.timeReport, runTimeReportJob);
  await boss.work(FORTNOX_QUEUES.plan, { pollingIntervalSeconds }, async () => plan());
  worked.push(FORTNOX_QUEUES.plan);
  await boss.schedule(FORTNOX_QUEUES.plan, options.planCron ?? '* * * * *');
  await plan();

  function resumedOf(connectionId: string) {
    const state = resumed.get(connectionId) ?? { done: false };
    resumed.set(connectionId, state);
    return state;
  }

  return {
    plan,
    enqueueSend: (connectionId, orderId) =>
      boss.send(FORTNOX_QUEUES.send, { connectionId, orderId } satisfies OrderJobData),
    enqueueTimeReport: (connectionId, orderId) =>
      boss.send(FORTNOX_QUEUES.timeReport, { connectionId, orderId } satisfies OrderJobData),
    async stop() {
      await Promise.all(worked.splice(0).map((name) => boss.offWork(name, { wait: true })));
    },
  };
}

/** The job of one connection's next slot: the same id in every process that plans it. */
function slotJob(
  kind: 'sync' | 'poll',
  connectionId: string,
  now: number,
  intervalMs: number,
  toDatabaseTime: (clockMs: number) => Date,
) {
  const slot = nextSlot(now, slotOffset(`${kind}:${connectionId}`, intervalMs), intervalMs);
  return {
    id: jobIdOf(`${kind}:${connectionId}:${slot}`),
    data: { connectionId } satisfies ConnectionJobData,
    startAfter: toDatabaseTime(slot),
    singletonKey: connectionId,
  };
}
