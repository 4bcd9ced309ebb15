import { type Clock, systemClock } from './clock.js';

/** A clock that runs `speed` times faster than real time, from one shared starting point. */
export interface ScaledClock extends Clock {
  /** Times faster than real time. */
  readonly speed: number;
  /** The real time (epoch ms, `Date.now()` scale) at which this clock shows `clockMs`. */
  toRealTime(clockMs: number): number;
}

/** Options of {@link createScaledClock}. */
export interface ScaledClockOptions {
  /** Times faster than real time, e.g. 6: one simulated hour in ten real minutes. */
  speed: number;
  /** The real time (epoch ms) at which the clock shows `clockStart`. @default Date.now() */
  realStart?: number;
  /** What the clock shows at `realStart` (epoch ms). @default realStart */
  clockStart?: number;
}

/**
 * A clock for simulations across processes (decisions/146): `now = clockStart + (Date.now() -
 * realStart) * speed`, and `sleep(ms)` waits `ms / speed` of real time. Unlike a
 * `VirtualClock`, it needs no one to advance it, so several processes (the worker processes,
 * the emulator) handed the same `realStart` and `clockStart` read the same time, and
 * `toRealTime` tells a database that schedules on its own clock (pg-boss's `startAfter`)
 * when a simulated moment happens.
 *
 * @example
 * const clock = createScaledClock({ speed: 6 }); // one simulated hour in ten minutes
 * await clock.sleep(60_000); // ten real seconds
 */
export function createScaledClock(options: ScaledClockOptions): ScaledClock {
  const { speed } = options;
  if (!(speed > 0) || !Number.isFinite(speed)) throw new RangeError(`Invalid speed: ${speed}`);
  const realStart = options.realStart ?? Date.now();
  const clockStart = options.clockStart ?? realStart;
  return {
    speed,
    now: () => clockStart + (Date.now() - realStart) * speed,
    toRealTime: (clockMs) => realStart + (clockMs - clockStart) / speed,
    // Real time, shortened: the system clock's abortable sleep does the waiting.
    sleep: (ms, signal) => systemClock.sleep(ms / speed, signal),
  };
}
