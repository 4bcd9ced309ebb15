import type { PgBossQueueOptions } from './pg-boss-types.js';

/** The pg-boss queues of the workers (decisions/100). */
export const FORTNOX_QUEUES = {
  /** Every minute (pg-boss cron): enqueues each connection's next sync and status poll. */
  plan: 'fortnox-kit.plan',
  /** One connection's register sync; one active per connection. */
  sync: 'fortnox-kit.sync',
  /** "Skicka till Fortnox" of one order, in the background. */
  send: 'fortnox-kit.send',
  /** One connection's invoice status poll (and reconciliation of unsettled sends). */
  invoiceStatus: 'fortnox-kit.invoice-status',
  /** The time report of one order (setting 33). */
  timeReport: 'fortnox-kit.time-report',
  /**
   * Jobs that failed every retry, or at once when no retry can succeed (decisions/149), with
   * their data and their `JobFailure` (`sourceOutput`), for a person to look at.
   */
  deadLetter: 'fortnox-kit.dead-letter',
} as const;

export type FortnoxQueueName = (typeof FORTNOX_QUEUES)[keyof typeof FORTNOX_QUEUES];

const deadLetter = FORTNOX_QUEUES.deadLetter;

/**
 * Each queue's policy. A heartbeat of 30 s lets a SIGKILLed worker's job be retried within a
 * minute instead of pg-boss's 15-minute expiry; every retry is safe because the workflows
 * are (sends journal every create; a sync job continues its cut-off run, decisions/150).
 */
export const QUEUE_OPTIONS: Record<FortnoxQueueName, PgBossQueueOptions> = {
  [FORTNOX_QUEUES.deadLetter]: { retryLimit: 0 },
  [FORTNOX_QUEUES.plan]: { policy: 'stately', retryLimit: 0, expireInSeconds: 300 },
  [FORTNOX_QUEUES.sync]: {
    policy: 'singleton',
    retryLimit: 3,
    retryDelay: 60,
    retryBackoff: true,
    heartbeatSeconds: 30,
    deadLetter,
  },
  [FORTNOX_QUEUES.send]: {
    retryLimit: 5,
    retryDelay: 10,
    retryBackoff: true,
    retryDelayMax: 600,
    heartbeatSeconds: 30,
    deadLetter,
  },
  [FORTNOX_QUEUES.invoiceStatus]: {
    policy: 'singleton',
    retryLimit: 2,
    retryDelay: 30,
    heartbeatSeconds: 30,
    deadLetter,
  },
  [FORTNOX_QUEUES.timeReport]: {
    retryLimit: 5,
    retryDelay: 10,
    retryBackoff: true,
    retryDelayMax: 600,
    heartbeatSeconds: 30,
    deadLetter,
  },
};
