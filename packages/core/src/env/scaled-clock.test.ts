import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createScaledClock } from './scaled-clock.js';

const REAL_START = Date.parse('2026-12-07T02:00:00Z');
const CLOCK_START = Date.parse('2026-01-05T08:00:00Z');

describe('scaled clock', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: REAL_START });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows clockStart at realStart and moves speed times faster than real time', () => {
    const clock = createScaledClock({ speed: 6, realStart: REAL_START, clockStart: CLOCK_START });
    expect(clock.now()).toBe(CLOCK_START);
    vi.advanceTimersByTime(10 * 60_000);
    expect(clock.now()).toBe(CLOCK_START + 3_600_000);
  });

  it('maps a clock time to the real time at which the clock shows it', () => {
    const clock = createScaledClock({ speed: 6, realStart: REAL_START, clockStart: CLOCK_START });
    expect(clock.toRealTime(CLOCK_START + 3_600_000)).toBe(REAL_START + 600_000);
    vi.advanceTimersByTime(123_456);
    expect(clock.toRealTime(clock.now())).toBe(Date.now());
  });

  it('two clocks made with the same starting point read the same time (one per process)', () => {
    const a = createScaledClock({ speed: 60, realStart: REAL_START, clockStart: CLOCK_START });
    vi.advanceTimersByTime(5_000);
    const b = createScaledClock({ speed: 60, realStart: REAL_START, clockStart: CLOCK_START });
    expect(b.now()).toBe(a.now());
  });

  it('sleeps ms / speed of real time, and rejects on abort', async () => {
    const clock = createScaledClock({ speed: 10, realStart: REAL_START, clockStart: CLOCK_START });
    let woke = false;
    const sleeping = clock.sleep(60_000).then(() => {
      woke = true;
    });
    await vi.advanceTimersByTimeAsync(5_999);
    expect(woke).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await sleeping;
    expect(clock.now()).toBe(CLOCK_START + 60_000);

    const abort = new AbortController();
    const aborted = clock.sleep(60_000, abort.signal);
    abort.abort(new Error('stopped'));
    await expect(aborted).rejects.toThrow('stopped');
  });

  it('refuses a speed that is not a positive number', () => {
    expect(() => createScaledClock({ speed: 0 })).toThrow(RangeError);
    expect(() => createScaledClock({ speed: Number.NaN })).toThrow(RangeError);
  });
});
