import type { Clock } from '../env/clock.js';
import { DEFAULT_LEASE_MS } from '../store/held-lease.js';
import type { SyncRunRecord } from '../store/records.js';
import type { StateStore } from '../store/state-store.js';
import { isSyncInProgressError } from '../sync/sync-in-progress-error.js';
import { connected, type JobOutput, type WorkerIntegration } from './job-handlers.js';

/** What a sync job needs besides the integration. */
export interface SyncJobDeps {
  store: StateStore;
  clock: Clock;
  connectionId: string;
}

/** How long a job waits for a dead process's lease on the run it resumes: two leases. */
const LEASE_WAIT_MS = 2 * DEFAULT_LEASE_MS;
const LEASE_POLL_MS = 1_000;

/**
 * One scheduled sync (decisions/150). When the connection's newest run never finished (its
 * worker was killed, or it was interrupted), the job continues that run from its last
 * committed page instead of starting from the cursors: a retry after a crash does not read
 * or write again what the crashed attempt committed. A run that fails or is interrupted
 * throws, so pg-boss retries the job (and the retry resumes it). A run already going
 * elsewhere (a "Synk" in a web process) is that hour's sync: the job completes as skipped.
 */
export async function runSyncJob(
  integration: WorkerIntegration,
  deps: SyncJobDeps,
): Promise<JobOutput> {
  if (!(await connected(integration))) return { skipped: 'not_connected' };
  for (let waited = 0; ; waited += LEASE_POLL_MS) {
    const resumeFrom = await unfinishedRun(deps);
    try {
      return await runOnce(integration, resumeFrom);
    } catch (error) {
      if (!isSyncInProgressError(error)) throw error;
      // Busy in this process, or busy elsewhere with no crashed run of ours to take over, or a
      // live holder still beating after two leases (a dead one's lease lapses within one).
      if (error.runId !== null || !resumeFrom || waited >= LEASE_WAIT_MS) {
        return { skipped: 'sync_in_progress' };
      }
    }
    await deps.clock.sleep(LEASE_POLL_MS);
  }
}

/** The connection's newest run when it stopped before its end with a checkpoint to go on from. */
async function unfinishedRun(deps: SyncJobDeps): Promise<SyncRunRecord | undefined> {
  const [latest] = await deps.store.listRuns(deps.connectionId, 1);
  const unfinished = latest?.status === 'running' || latest?.status === 'interrupted';
  return unfinished && latest.checkpoint !== null ? latest : undefined;
}

async function runOnce(
  integration: WorkerIntegration,
  resumeFrom: SyncRunRecord | undefined,
): Promise<JobOutput> {
  const { runId, done } = await integration.syncScheduler.runNow(
    resumeFrom ? { trigger: 'resume', resumeFrom } : { trigger: 'schedule' },
  );
  const run = await done;
  if (run.status === 'failed' || run.status === 'interrupted') {
    // pg-boss retries the job; the retry continues this run from its checkpoint.
    throw new Error(`sync run ${runId} ${run.status}: ${run.error ?? ''}`);
  }
  return { runId, status: run.status, resumedRunId: resumeFrom?.id ?? null };
}
