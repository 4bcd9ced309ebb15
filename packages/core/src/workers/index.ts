// ## Background work on pg-boss (`@fortnox-kit/core/pg-boss`)

export { JobFailure } from './job-failure.js';
export type { ConnectionJobData, OrderJobData, WorkerIntegration } from './job-handlers.js';
export { FORTNOX_QUEUES, type FortnoxQueueName, QUEUE_OPTIONS } from './job-names.js';
export type {
  PgBossJob,
  PgBossJobInsert,
  PgBossJobResult,
  PgBossLike,
  PgBossQueueOptions,
  PgBossWorkOptions,
} from './pg-boss-types.js';
export {
  type FortnoxWorkers,
  type FortnoxWorkersOptions,
  type PlanResult,
  startFortnoxWorkers,
} from './start-fortnox-workers.js';
