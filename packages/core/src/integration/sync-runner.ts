import type { SyncProgressEvent, SyncRun, SyncStatus } from '../handler/contract.js';
import type { RegisterName, SyncRunRecord } from '../store/records.js';
import type { StateStore } from '../store/state-store.js';
import { isSyncInProgressError } from '../sync/sync-in-progress-error.js';
import type { SyncScheduler, SyncSnapshot } from '../sync/sync-scheduler.js';
import { WorkflowError } from './workflow-error.js';

/** A server-sent event of `GET /sync/events`. */
export type SyncStreamEvent =
  | { event: 'status'; data: SyncStatus }
  | { event: 'progress'; data: SyncProgressEvent }
  | { event: 'finished'; data: SyncRun };

/** The sync scheduler seen through the handler contract's shapes and events. */
export interface SyncRunner {
  /** Starts a run now; `sync_in_progress` while one is going (here or in another process). */
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

/**
 * Adapts the sync helper's {@link SyncScheduler} (hourly runs, one at a time across
 * processes, resume after a crash) to the handler contract: `SyncStatus`, and `status` /
 * `progress` / `finished` events for the SSE stream.
 */
export function createSyncRunner(deps: {
  scheduler: SyncScheduler;
  store: StateStore;
  connectionId: string;
}): SyncRunner {
  const { scheduler, store, connectionId } = deps;
  const listeners = new Set<(event: SyncStreamEvent) => void>();
  const emit = (event: SyncStreamEvent) => {
    for (const listener of listeners) listener(event);
  };
  let last = scheduler.getSnapshot();

  async function status(): Promise<SyncStatus> {
    const snapshot = scheduler.getSnapshot();
    const records = await store.listRuns(connectionId, 50);
    const runs = await Promise.all(records.map((r) => toSyncRun(store, r)));
    const running = snapshot.running
      ? (runs.find((r) => r.id === snapshot.runId) ?? describeRunning(snapshot))
      : null;
    return { running, progress: snapshot.running ? progressOf(snapshot) : [], runs };
  }

  scheduler.subscribe(() => {
    const next = scheduler.getSnapshot();
    const before = new Map(progressOf(last).map((p) => [p.register, JSON.stringify(p)]));
    if (next.running) {
      for (const p of progressOf(next)) {
        if (before.get(p.register) !== JSON.stringify(p)) emit({ event: 'progress', data: p });
      }
    }
    const changed = last.running !== next.running;
    const ended = last.running && !next.running ? next.lastRun : null;
    last = next;
    if (!changed) return;
    void (async () => {
      if (ended) emit({ event: 'finished', data: await toSyncRun(store, ended) });
      emit({ event: 'status', data: await status() });
    })().catch(() => undefined);
  });

  return {
    async start(options) {
      try {
        const { runId } = await scheduler.runNow({
          trigger: options.trigger,
          full: options.full,
          registers: options.registers,
        });
        return { runId };
      } catch (error) {
        if (!isSyncInProgressError(error)) throw error;
        throw new WorkflowError('sync_in_progress', 'A sync is already running.', { cause: error });
      }
    },
    status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    idle() {
      if (!scheduler.getSnapshot().running) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const stop = scheduler.subscribe(() => {
          if (scheduler.getSnapshot().running) return;
          stop();
          resolve();
        });
      });
    },
  };
}

/** The latest progress of each register (the contract has no direction). */
function progressOf(snapshot: SyncSnapshot): SyncProgressEvent[] {
  const byRegister = new Map<string, SyncProgressEvent>();
  for (const p of snapshot.progress) {
    if (!snapshot.runId) continue;
    byRegister.set(p.register, {
      runId: snapshot.runId,
      register: p.register,
      phase: p.phase,
      processed: p.processed,
      total: p.total,
    });
  }
  return [...byRegister.values()];
}

function describeRunning(snapshot: SyncSnapshot): SyncRun {
  return {
    id: snapshot.runId ?? '',
    trigger: toTrigger(snapshot.trigger),
    startedAt: new Date().toISOString(),
    finishedAt: null,
    result: 'running',
    counts: {},
    errors: [],
  };
}

const toTrigger = (trigger: string | null): SyncRun['trigger'] =>
  trigger === 'manual' || trigger === 'connect' ? trigger : 'schedule';

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
    if (c) {
      counts[register] = {
        created: c.created,
        updated: c.updated,
        unchanged: c.unchanged,
        skipped: c.skipped,
        failed: c.failed,
        deleted: c.deleted,
      };
    }
  }
  const failed = Object.values(counts).some((c) => c.failed > 0);
  const result: SyncRun['result'] =
    record.status === 'succeeded' ? (failed ? 'partial' : 'ok') : record.status;
  return {
    id: record.id,
    trigger: toTrigger(record.trigger),
    startedAt: new Date(record.startedAt).toISOString(),
    finishedAt: record.finishedAt === null ? null : new Date(record.finishedAt).toISOString(),
    result,
    counts,
    errors,
    ...(record.error ? { message: record.error } : {}),
  };
}
