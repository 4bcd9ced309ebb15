import type { HeldLease } from '../../store/held-lease.js';
import type { SyncRunRecord, SyncTrigger } from '../../store/records.js';
import type { SyncEngine } from '../sync-engine.js';
import { SyncInProgressError } from '../sync-in-progress-error.js';
import { claimRun, type RunClaimDeps } from './run-claim.js';
import type { SnapshotState } from './scheduler-snapshot.js';
import type { RunNowOptions } from './scheduler-types.js';

/** What {@link createRunStarter} needs. */
export interface RunStarterDeps extends RunClaimDeps {
  engine: SyncEngine;
  state: SnapshotState;
}

/** The run going in this process. */
export interface ActiveRun {
  runId: string;
  abort: AbortController;
  done: Promise<SyncRunRecord>;
}

/** Options of one run: on demand, scheduled, or resuming an unfinished one. */
export type BeginOptions = RunNowOptions & { resumeFrom?: SyncRunRecord };

/**
 * Starts runs one at a time: claimed in this process first, then across processes through
 * the connection's lease (heartbeat on every report); the lease is released when it ends.
 */
export function createRunStarter(deps: RunStarterDeps) {
  const { engine, store, connectionId, state } = deps;
  let current: ActiveRun | undefined;
  let lease: HeldLease | undefined;

  async function begin(trigger: SyncTrigger, options: BeginOptions) {
    if (current) throw new SyncInProgressError(connectionId, current.runId);
    const runId = globalThis.crypto.randomUUID();
    const abort = new AbortController();
    // Claimed synchronously in this process, then across processes through the lease.
    const active: ActiveRun = { runId, abort, done: Promise.resolve(undefined as never) };
    current = active;
    try {
      lease = await claimRun(deps, abort, options.resumeFrom !== undefined);
    } catch (error) {
      current = undefined;
      throw error;
    }
    const reporters = state.beginRun(runId, trigger, () => lease?.beat());
    const { full, registers, resumeFrom } = options;
    active.done = (async () => {
      let finished: SyncRunRecord | undefined;
      try {
        finished = await engine.run({
          trigger,
          runId,
          full,
          registers,
          resumeFrom,
          signal: abort.signal,
          ...reporters,
        });
        return finished;
      } finally {
        await lease?.release();
        lease = undefined;
        current = undefined;
        const lastRun =
          finished ?? (await store.getRun(runId).catch(() => undefined)) ?? state.get().lastRun;
        state.endRun(lastRun);
      }
    })();
    return { runId, done: active.done };
  }

  return { begin, active: () => current };
}

/** Starts runs for the scheduler. */
export type RunStarter = ReturnType<typeof createRunStarter>;
