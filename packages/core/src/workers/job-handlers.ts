import type { Integration } from '../integration/create-integration.js';

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

/** Whether the integration's connection is connected (a job of any other does nothing). */
export const connected = async (integration: WorkerIntegration) =>
  (await integration.connection.load()).status === 'connected';

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
