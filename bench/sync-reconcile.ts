/**
 * The full reconciliation run's cost for `bench/sync.ts` (issue 17): after the first sync
 * and an idle hour, one `full` run reads every list page of both registers, which is also
 * the ID-set reconciliation that finds records deleted in Fortnox (decisions/115). With
 * nothing deleted and nothing changed it must cost list pages only, 500 per page: customers,
 * active articles, and inactive articles (an inactive article is not a deleted one).
 */
import type { VirtualClock } from '../packages/core/src/env/clock.js';
import type { SyncScheduler } from '../packages/core/src/sync/sync-scheduler.js';

const PAGE = 500;

export interface ReconcileFigures {
  /** Requests of the full run. */
  reconcileRequests: number;
  /** Its target: the list pages of both registers. */
  reconcileListPages: number;
}

/**
 * An hour after the first sync, one idle hourly run (`syncIdle`: one list request per
 * register), and an hour later one full reconciliation; counts the requests of each
 * (`requests()` is the fetch counter).
 */
export async function measureLaterRuns(
  scheduler: SyncScheduler,
  clock: VirtualClock,
  requests: () => number,
  sizes: { customers: number; activeArticles: number; inactiveArticles: number },
): Promise<ReconcileFigures & { idleRequests: number }> {
  clock.advance(3_600_000);
  const beforeIdle = requests();
  const idle = await (await scheduler.runNow({ trigger: 'schedule' })).done;
  if (idle.status !== 'succeeded') throw new Error(`idle sync ended ${idle.status}`);
  const idleRequests = requests() - beforeIdle;
  clock.advance(3_600_000);
  const before = requests();
  const run = await (await scheduler.runNow({ trigger: 'schedule', full: true })).done;
  if (run.status !== 'succeeded') throw new Error(`reconcile run ended ${run.status}`);
  const pages = (n: number) => Math.max(1, Math.ceil(n / PAGE));
  return {
    idleRequests,
    reconcileRequests: requests() - before,
    reconcileListPages:
      pages(sizes.customers) + pages(sizes.activeArticles) + pages(sizes.inactiveArticles),
  };
}
