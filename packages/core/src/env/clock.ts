/**
 * Time, injected. Everything in the kit that waits or reads the time (rate limiter, token
 * expiry, retries, scheduler, emulator) takes a `Clock`, so tests and benchmarks run on a
 * virtual clock: hours of simulated time in milliseconds of real time.
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Resolves after `ms` milliseconds of this clock's time; rejects with the signal's reason on abort. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /**
   * Milliseconds of this clock per real millisecond, for the few timers that must run on real
   * time (the lease heartbeat, decisions/095): a clock running 6 times faster says 6.
   * @default 1
   */
  readonly speed?: number;
}

/** The real clock: `Date.now()` and `setTimeout`. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const timer = setTimeout(
        () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
        Math.max(0, ms),
      );
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};

/** A clock that only moves when told to, or (with `autoAdvance`) when everyone is asleep. */
export interface VirtualClock extends Clock {
  /** Moves time forward, waking every sleeper whose time has come, in order. */
  advance(ms: number): void;
  /** Jumps to a point in time (never backwards). */
  set(time: number | Date | string): void;
  /** How many sleepers are waiting. */
  readonly pendingSleeps: number;
}

/** Options of {@link createVirtualClock}. */
export interface VirtualClockOptions {
  /** @default '2026-01-05T08:00:00Z' */
  start?: number | Date | string;
  /**
   * When on, a sleep lets pending I/O and microtasks settle (`setImmediate` turns, or
   * `setTimeout(0)` where there is none, as in browsers),
   * then, if no time was advanced meanwhile, jumps straight to the earliest sleeper.
   * Benchmarks and rate-limit tests use this to simulate minutes in milliseconds.
   * @default false
   */
  autoAdvance?: boolean;
}

interface Sleeper {
  wakeAt: number;
  seq: number;
  resolve: () => void;
}

/**
 * Creates a {@link VirtualClock}.
 *
 * @example
 * const clock = createVirtualClock({ autoAdvance: true });
 * await clock.sleep(5000); // returns at once; clock.now() moved 5 s
 */
export function createVirtualClock(options: VirtualClockOptions = {}): VirtualClock {
  let now = toMillis(options.start ?? '2026-01-05T08:00:00Z');
  let seq = 0;
  let sleepers: Sleeper[] = [];
  let tickScheduled = false;

  const wakeDue = () => {
    const due = sleepers.filter((s) => s.wakeAt <= now);
    if (due.length === 0) return;
    sleepers = sleepers.filter((s) => s.wakeAt > now);
    due.sort((a, b) => a.wakeAt - b.wakeAt || a.seq - b.seq);
    for (const s of due) s.resolve();
  };

  const scheduleTick = () => {
    if (!options.autoAdvance || tickScheduled) return;
    tickScheduled = true;
    // Two macrotask turns let in-flight promise chains (mocked fetches) settle first.
    nextTurn(() =>
      nextTurn(() => {
        tickScheduled = false;
        const earliest = sleepers.reduce((m, s) => Math.min(m, s.wakeAt), Number.POSITIVE_INFINITY);
        if (Number.isFinite(earliest)) {
          now = Math.max(now, earliest);
          wakeDue();
          if (sleepers.length > 0) scheduleTick();
        }
      }),
    );
  };

  return {
    now: () => now,
    sleep(ms, signal) {
      return new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        if (ms <= 0) return resolve();
        const sleeper: Sleeper = { wakeAt: now + ms, seq: seq++, resolve };
        const onAbort = () => {
          sleepers = sleepers.filter((s) => s !== sleeper);
          reject(signal?.reason);
        };
        sleeper.resolve = () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        sleepers.push(sleeper);
        scheduleTick();
      });
    },
    advance(ms) {
      now += Math.max(0, ms);
      wakeDue();
    },
    set(time) {
      now = Math.max(now, toMillis(time));
      wakeDue();
    },
    get pendingSleeps() {
      return sleepers.length;
    },
  };
}

function toMillis(time: number | Date | string): number {
  const ms = typeof time === 'number' ? time : new Date(time).getTime();
  if (Number.isNaN(ms)) throw new TypeError(`Invalid time: ${String(time)}`);
  return ms;
}

// `setImmediate` on Node (after pending I/O), `setTimeout(0)` in browsers, which lack it.
function nextTurn(run: () => void): void {
  if (typeof globalThis.setImmediate === 'function') globalThis.setImmediate(run);
  else setTimeout(run, 0);
}
