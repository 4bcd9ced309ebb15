import type { Clock } from '../../env/clock.js';
import type { RunCounts } from '../sync-types.js';

/**
 * The engine reports counts on every record; subscribers (a React status, an SSE stream)
 * hear about them at most this often (clock time), and always with each progress report
 * and at the end of a run, so a 100,000-record sync does not clone the counts and notify
 * every listener 200,000 times.
 */
export const COUNTS_NOTIFY_INTERVAL_MS = 250;

/** Holds reported counts until they are due (see {@link COUNTS_NOTIFY_INTERVAL_MS}). */
export function createCountsThrottle(clock: Clock) {
  // Counts reported since the last notification, and when that notification was.
  let pending: RunCounts | undefined;
  let notifiedAt = Number.NEGATIVE_INFINITY;
  /** The held counts (a copy) to notify now, or nothing when none are held. */
  const take = (): { counts?: RunCounts } => {
    if (!pending) return {};
    const counts = structuredClone(pending);
    pending = undefined;
    notifiedAt = clock.now();
    return { counts };
  };
  return {
    take,
    /** Holds `counts`; returns them when they are due now. */
    offer(counts: RunCounts): { counts?: RunCounts } | undefined {
      pending = counts;
      return clock.now() - notifiedAt >= COUNTS_NOTIFY_INTERVAL_MS ? take() : undefined;
    },
    /** A new run: nothing held, the next counts are due at once. */
    reset() {
      pending = undefined;
      notifiedAt = Number.NEGATIVE_INFINITY;
    },
  };
}
