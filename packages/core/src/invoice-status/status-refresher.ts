import type { Clock } from '../env/clock.js';
import type { TrackedInvoiceStatus } from './invoice-state.js';
import type { InvoiceStatusTracker } from './invoice-status-tracker.js';

/** Options of {@link createStatusRefresher}. */
export interface StatusRefresherOptions {
  tracker: Pick<InvoiceStatusTracker, 'refresh'>;
  clock: Clock;
  /** A status read at most this long ago is fresh enough. @default 30000 */
  minIntervalMs?: number;
}

// Nothing changes a paid, cancelled or credited invoice's state any more.
const FINAL = new Set<TrackedInvoiceStatus['state']>(['paid', 'cancelled', 'credited']);
const MAX_REMEMBERED = 10_000;

/**
 * Brings a tracked order's invoice status up to date when someone asks for it, so
 * "invoiced" shows without waiting for the next poll: at most one refresh per order per
 * `minIntervalMs`, concurrent asks share one, final states are never re-read, and a refresh
 * that fails leaves the stored status (the poll catches up).
 */
export function createStatusRefresher(options: StatusRefresherOptions) {
  const { tracker, clock } = options;
  const minIntervalMs = options.minIntervalMs ?? 30_000;
  const checkedAt = new Map<string, number>();
  const inflight = new Map<string, Promise<void>>();

  const run = (orderId: string) =>
    tracker
      .refresh(orderId)
      .then(
        () => undefined,
        () => undefined,
      )
      .finally(() => {
        if (checkedAt.size >= MAX_REMEMBERED) checkedAt.clear();
        checkedAt.set(orderId, clock.now());
        inflight.delete(orderId);
      });

  return async function refreshIfStale(tracked: TrackedInvoiceStatus | undefined): Promise<void> {
    if (!tracked || FINAL.has(tracked.state)) return;
    const last = Math.max(checkedAt.get(tracked.orderId) ?? 0, tracked.changedAt);
    if (clock.now() - last < minIntervalMs) return;
    let pending = inflight.get(tracked.orderId);
    if (!pending) {
      pending = run(tracked.orderId);
      inflight.set(tracked.orderId, pending);
    }
    await pending;
  };
}
