import { type Clock, systemClock } from '@fortnox-kit/core';

/** The emulator's clock: a base clock plus an offset the control API can move forward. */
export interface EmulatorClock extends Clock {
  /** Moves the emulator's time forward by `ms` (never backwards). */
  advance(ms: number): void;
}

/** Wraps `base` (default: the system clock) so the emulator's time can be advanced. */
export function createEmulatorClock(base: Clock = systemClock): EmulatorClock {
  let offset = 0;
  return {
    now: () => base.now() + offset,
    sleep: (ms, signal) => base.sleep(ms, signal),
    advance(ms) {
      offset += Math.max(0, ms);
    },
  };
}
