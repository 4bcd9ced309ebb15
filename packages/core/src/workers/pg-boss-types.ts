/**
 * The part of pg-boss (12.x) the workers use, declared here so that core neither loads nor
 * types against pg-boss: a started `new PgBoss(...)` satisfies {@link PgBossLike}. pg-boss
 * needs Node >= 22.12; core still runs on Node 20 without it.
 */

/** A job as a pg-boss worker receives it. */
export interface PgBossJob<T> {
  id: string;
  name: string;
  data: T;
  retryCount: number;
  signal: AbortSignal;
}

/** Retry, expiry and dead-letter options of a queue (pg-boss `Queue`). */
export interface PgBossQueueOptions {
  policy?: string;
  retryLimit?: number;
  retryDelay?: number;
  retryBackoff?: boolean;
  retryDelayMax?: number;
  expireInSeconds?: number;
  heartbeatSeconds?: number;
  deadLetter?: string;
}

/** A job to insert (pg-boss `JobInsert`). */
export interface PgBossJobInsert {
  id?: string;
  data?: object;
  startAfter?: number | string | Date;
  singletonKey?: string;
}

/** Options of `work` (pg-boss `WorkOptions`). */
export interface PgBossWorkOptions {
  localConcurrency?: number;
  pollingIntervalSeconds?: number;
  batchSize?: number;
  /** The handler resolves with a {@link PgBossJobResult} per job (pg-boss >= 12.38). */
  perJobResults?: boolean;
}

/**
 * How a `perJobResults` handler settles one job (pg-boss `JobResult`): `deadletter` fails it
 * at once, skipping the retries left, and moves it to the queue's dead-letter queue.
 */
export interface PgBossJobResult {
  id: string;
  status: 'completed' | 'failed' | 'deadletter';
  output?: object;
}

/** A started pg-boss instance: `await new PgBoss({ connectionString }).start()`. */
export interface PgBossLike {
  createQueue(name: string, options?: PgBossQueueOptions): Promise<void>;
  send(
    name: string,
    data?: object | null,
    options?: { startAfter?: number | string | Date },
  ): Promise<string | null>;
  insert(name: string, jobs: PgBossJobInsert[]): Promise<unknown>;
  work<T>(
    name: string,
    options: PgBossWorkOptions,
    handler: (jobs: PgBossJob<T>[]) => Promise<unknown>,
  ): Promise<string>;
  offWork(name: string, options?: { id?: string; wait?: boolean }): Promise<void>;
  schedule(name: string, cron: string, data?: object | null, options?: object): Promise<void>;
}
