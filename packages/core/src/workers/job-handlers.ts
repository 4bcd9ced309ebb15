import type { Integration } from '../integration/create-integration.js';
import { isSyncInProgressError } from '../sync/sync-in-progress-error.js';

/** What a job needs of a connection's integration: the same workflows the handler calls. */
export type WorkerIntegration = Pick<
  Integration,
  | 'connection'
  | 'syncScheduler'
  | 'sendOrder'
  | 'sendTimeReport'
  | 'reconcileSends'
  | 'pollInvoiceStatus'
  | 'resumeTracking'
>;

/** The data of a sync or status-poll job. */
export interface ConnectionJobData {
  connectionId: string;
}

/** The data of a send or time-report job. */
export interface OrderJobData {
  connectionId: string;
  orderId: string;
}

/** What a job did; pg-boss stores it as the job's output. */
export type JobOutput = Record<string, string | number | boolean | null>;

const connected = async (integration: WorkerIntegration) =>
  (await integration.connection.load()).status === 'connected';

/**
 * One scheduled sync. A run failing as a whole throws, so pg-boss retries it; a run already
 * going (a "Synk" in a web process, or this connection's previous job) is that hour's sync.
 */
export async function runSyncJob(integration: WorkerIntegration): Promise<JobOutput> {
  if (!(await connected(integration))) return { skipped: 'not_connected' };
  try {
    const { runId, done } = await integration.syncScheduler.runNow({ trigger: 'schedule' });
    const run = await done;
    if (run.status === 'failed') throw new Error(`sync run ${runId} failed: ${run.error ?? ''}`);
    return { runId, status: run.status };
  } catch (error) {
    if (isSyncInProgressError(error)) return { skipped: 'sync_in_progress' };
    throw error;
  }
}

/** "Skicka till Fortnox" in the background; a retry after a crash is safe (the journal). */
export async function runSendJob(
  integration: WorkerIntegration,
  data: OrderJobData,
): Promise<JobOutput> {
  const { result } = await integration.sendOrder(data.orderId);
  return { documentNumber: result.documentNumber, target: result.target };
}

/** The order's time report (setting 33). Issues it reports are its result, not a failure. */
export async function runTimeReportJob(
  integration: WorkerIntegration,
  data: OrderJobData,
): Promise<JobOutput> {
  const report = await integration.sendTimeReport(data.orderId);
  return { result: JSON.stringify(report) };
}

/** One status round: settle unsettled sends, follow committed ones, poll invoice statuses. */
export async function runInvoiceStatusJob(
  integration: WorkerIntegration,
  resumed: { done: boolean },
): Promise<JobOutput> {
  if (!(await connected(integration))) return { skipped: 'not_connected' };
  const reconciled = await integration.reconcileSends();
  if (!resumed.done) {
    await integration.resumeTracking();
    resumed.done = true;
  }
  await integration.pollInvoiceStatus();
  return { reconciledFound: reconciled.found.length };
}
