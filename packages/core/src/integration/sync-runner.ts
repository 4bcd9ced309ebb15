import type { Clock } from '../env/clock.js';
import type { SyncProgressEvent, SyncRun, SyncStatus } from '../handler/contract.js';
import type { RegisterName, SyncRunRecord } from '../store/records.js';
import type { StateStore } from '../store/state-store.js';
import type { SyncEngine } from '../sync/sync-engine.js';
import { WorkflowError } from './workflow-error.js';

/** A server-sent event of `GET /sync/events`. */
export type SyncStreamEvent =
  | { event: 'status'; data: SyncStatus }
  | { event: 'progress'; data: SyncProgressEvent }
  | { event: 'finished'; data: SyncRun };

/** Starts sync runs one at a time and reports them in the handler contract's shapes. */
export interface SyncRunner {
  /** Starts a run in the background; `sync_in_progress` while one is going. */
  start(options: {
    trigger: 'manual' | 'schedule' | 'connect';
    registers?: RegisterName[];
    full?: boolean;
  }): Promise<{ runId: string }>;
  status(): Promise<SyncStatus>;
  subscribe(listener: (event: SyncStreamEvent) => void): () => void;
  /** Resolves when no run is going (tests, shutdown). */
  idle(): Promise<void>;
}

const LEASE_MS = 60 * 60_000;

/** Creates the {@link SyncRunner} of one connection over its sync engine. */
export function createSyncRunner(deps: {
  engine: SyncEngine;
  store: StateStore;
  connectionId: string;
  clock: Clock;
  holder: string;
}): SyncRunner {
  const { store, connectionId, clock } = deps;
  const listeners = new Set<(event: SyncStreamEvent) => void>();
  let running:
    | {
        runId: string;
        trigger: SyncRun['trigger'];
        startedAt: number;
        promise: Promise<void>;
        progress: Map<string, SyncProgressEvent>;
      }
    | undefined;
  const emit = (event: SyncStreamEvent) => {
    for (const listener of listeners) listener(event);
  };
  const leaseKey = `sync:${connectionId}`;
  let starting = false;

  async function status(): Promise<SyncStatus> {
    const records = await store.listRuns(connectionId, 50);
    const runs = await Promise.all(records.map((r) => toSyncRun(store, r)));
    // Until the engine has stored the run record, the run is described from what is known.
    const current = running
      ? (runs.find((r) => r.id === running?.runId) ?? {
          id: running.runId,
          trigger: running.trigger,
          startedAt: new Date(running.startedAt).toISOString(),
          finishedAt: null,
          result: 'running' as const,
          counts: {},
          errors: [],
        })
      : null;
    return { running: current, progress: running ? [...running.progress.values()] : [], runs };
  }

  return {
    async start(options) {
      // `starting` closes the gap before the lease is taken (same holder renews its own lease).
      if (running || starting)
        throw new WorkflowError('sync_in_progress', 'A sync is already running.');
      starting = true;
      try {
        if (
          !(await store.acquireLease(leaseKey, deps.holder, clock.now() + LEASE_MS, clock.now()))
        ) {
          throw new WorkflowError(
            'sync_in_progress',
            'A sync is already running in another process.',
          );
        }
      } finally {
        starting = false;
      }
      const runId = crypto.randomUUID();
      const progress = new Map<string, SyncProgressEvent>();
      const promise = (async () => {
        try {
          const record = await deps.engine.run({
            trigger: options.trigger,
            registers: options.registers,
            full: options.full,
            runId,
            onProgress: (p) => {
              const event: SyncProgressEvent = {
                runId,
                register: p.register,
                phase: p.phase,
                processed: p.processed,
                total: p.total,
              };
              progress.set(p.register, event);
              emit({ event: 'progress', data: event });
            },
          });
          emit({ event: 'finished', data: await toSyncRun(store, record) });
        } catch {
          // The engine stores failures on the run record; nothing else to report here.
        } finally {
          running = undefined;
          await store.releaseLease(leaseKey, deps.holder);
          emit({ event: 'status', data: await status() });
        }
      })();
      running = { runId, trigger: options.trigger, startedAt: clock.now(), promise, progress };
      emit({ event: 'status', data: await status() });
      return { runId };
    },
    status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async idle() {
      await running?.promise;
    },
  };
}

/** A stored run in the contract's shape, with its failed records as errors. */
export async function toSyncRun(store: StateStore, record: SyncRunRecord): Promise<SyncRun> {
  const log = await store.listRunLog(record.id, { limit: 200 });
  const errors = log
    .filter((e) => e.action === 'failed')
    .map((e) => ({
      register: e.register,
      recordId: e.hostId ?? e.fortnoxNumber ?? '',
      ...(e.label ? { label: e.label } : {}),
      code: e.code ?? 'failed',
      message: e.message ?? 'The record could not be synced.',
    }));
  const counts: SyncRun['counts'] = {};
  for (const register of ['customers', 'articles'] as const) {
    const c = record.counts[register];
    if (c)
      counts[register] = {
        created: c.created,
        updated: c.updated,
        unchanged: c.unchanged,
        failed: c.failed,
      };
  }
  const failed = Object.values(counts).some((c) => c.failed > 0);
  const result: SyncRun['result'] =
    record.status === 'running'
      ? 'running'
      : record.status === 'succeeded'
        ? failed
          ? 'partial'
          : 'ok'
        : 'failed';
  const trigger =
    record.trigger === 'manual' || record.trigger === 'connect' ? record.trigger : 'schedule';
  return {
    id: record.id,
    trigger,
    startedAt: new Date(record.startedAt).toISOString(),
    finishedAt: record.finishedAt === null ? null : new Date(record.finishedAt).toISOString(),
    result,
    counts,
    errors,
    ...(record.error ? { message: record.error } : {}),
  };
}
