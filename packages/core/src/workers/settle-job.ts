import type { FortnoxLogger } from '../client/logger.js';
import { describeJobFailure, type JobFailure } from './job-failure.js';
import type { JobOutput } from './job-handlers.js';
import type { PgBossJob, PgBossJobResult } from './pg-boss-types.js';

/**
 * Runs one job and says how pg-boss settles it (`perJobResults`, decisions/149): completed
 * with the job's output; or failed with its {@link JobFailure}, retried when the failure is
 * transient and sent to the dead-letter queue at once when no retry can succeed.
 */
export async function settleJob<T extends { connectionId: string }>(
  queue: string,
  job: PgBossJob<T>,
  run: (data: T) => Promise<JobOutput>,
  logger: FortnoxLogger | undefined,
): Promise<PgBossJobResult> {
  try {
    return { id: job.id, status: 'completed', output: await run(job.data) };
  } catch (error) {
    const failure = describeJobFailure(error);
    logger?.warn?.(`fortnox-kit job ${queue} failed: ${failure.message}`, {
      connectionId: job.data.connectionId,
      attempt: job.retryCount,
      code: failure.code,
      permanent: failure.permanent,
    });
    return { id: job.id, status: failure.permanent ? 'deadletter' : 'failed', output: failure };
  }
}
