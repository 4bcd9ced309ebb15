import { type Clock, createVirtualClock } from '@fortnox-kit/core';

/** How far the story clock moves by itself: rate-limit pauses and retry backoffs. */
export const AUTO_ADVANCE_LIMIT_MS = 10 * 60_000;

/** The virtual clock of one story's backend (integration and emulator share it). */
export interface StoryClock extends Clock {
  /** Moves time forward, waking every sleeper whose time has come (a held delay fault). */
  advance(ms: number): void;
}

/**
 * A virtual clock that runs on by itself, like `createVirtualClock({ autoAdvance: true })`,
 * but only to wake-ups at most {@link AUTO_ADVANCE_LIMIT_MS} away. So a story's backend
 * finishes a connect or a sync at once (rate-limit pauses cost no real time), while an
 * emulator delay fault longer than that holds its request in flight ("Skickar…", a running
 * sync) until the play function calls `advance`. Nothing here waits on the wall clock.
 *
 * (core's own `autoAdvance` has no limit: it would skip the held delay too.)
 */
export function createStoryClock(start = '2026-11-28T07:00:00Z'): StoryClock {
  const clock = createVirtualClock({ start });
  const wakeAts: number[] = [];
  let scheduled = false;

  const tick = () => {
    scheduled = false;
    const horizon = clock.now() + AUTO_ADVANCE_LIMIT_MS;
    const next = Math.min(...wakeAts.filter((at) => at <= horizon));
    if (Number.isFinite(next)) clock.set(next);
  };
  // Two macrotask turns let in-flight promise chains (the in-page emulator) settle first.
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setTimeout(() => setTimeout(tick, 0), 0);
  };

  return {
    now: () => clock.now(),
    sleep(ms, signal) {
      const wakeAt = clock.now() + ms;
      wakeAts.push(wakeAt);
      schedule();
      return clock.sleep(ms, signal).finally(() => {
        const index = wakeAts.indexOf(wakeAt);
        if (index >= 0) wakeAts.splice(index, 1);
        if (wakeAts.length > 0) schedule();
      });
    },
    advance(ms) {
      clock.advance(ms);
    },
  };
}
