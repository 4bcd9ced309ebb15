import type { Clock } from '../env/clock.js';
import type { StateStore } from './state-store.js';

/**
 * How long a lease lasts without a heartbeat: also how long the work of a process that died
 * (crash, SIGKILL, power loss) blocks the others before they take it over. Ten seconds keeps
 * "taken over within 15 s of a restart" with room for the poll and a slow store.
 */
export const DEFAULT_LEASE_MS = 10_000;

/** A lease this process holds, kept alive by its heartbeat until {@link HeldLease.release}. */
export interface HeldLease {
  /** Renews now unless renewed within the last third of the lease (the work loop calls it). */
  beat(): void;
  /** True once a renewal found another holder: this process was taken for dead. */
  readonly lost: boolean;
  /** Stops the heartbeat and lets the lease go (after any renewal in flight settled). */
  release(): Promise<void>;
}

/** Options of {@link takeLease}. */
export interface TakeLeaseOptions {
  store: StateStore;
  clock: Clock;
  key: string;
  holder: string;
  /** @default DEFAULT_LEASE_MS */
  leaseMs?: number;
  /** Renewal failures (the store is down); the lease then lapses as if the process died. */
  onError?: (error: unknown) => void;
  /** Called once when a renewal finds the lease taken over by another holder. */
  onLost?: () => void;
}

/**
 * Takes the lease `key` if it is free or its holder stopped beating, and keeps it alive:
 * every third of `leaseMs` of real time (a timer, unref'd; divided by `clock.speed` on a
 * clock that runs faster), and whenever the work calls `beat()`. Returns undefined when a
 * live holder has it.
 *
 * The timer runs on real time, not on the injected clock: a sleeper on a virtual clock
 * with `autoAdvance` would push virtual time forward while requests are in flight
 * (decisions/095). The expiry written is still the injected clock's `now() + leaseMs`.
 *
 * @example
 * const lease = await takeLease({ store, clock, key: 'sync:c1', holder });
 * if (lease) try { await work(lease.beat); } finally { await lease.release(); }
 */
export async function takeLease(options: TakeLeaseOptions): Promise<HeldLease | undefined> {
  const { store, clock, key, holder } = options;
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const now = clock.now();
  if (!(await store.acquireLease(key, holder, now + leaseMs, now))) return undefined;
  let renewedAt = now;
  let lost = false;
  let released = false;
  let renewal: Promise<unknown> = Promise.resolve();
  const renew = () => {
    if (released || lost) return;
    const at = clock.now();
    renewedAt = at;
    renewal = store.acquireLease(key, holder, at + leaseMs, at).then((held) => {
      if (held || released || lost) return;
      lost = true;
      options.onLost?.();
    }, options.onError);
  };
  const timer = setInterval(renew, Math.max(1, Math.floor(leaseMs / 3 / (clock.speed ?? 1))));
  (timer as { unref?: () => void }).unref?.();
  return {
    beat() {
      if (clock.now() - renewedAt >= leaseMs / 3) renew();
    },
    get lost() {
      return lost;
    },
    async release() {
      if (released) return;
      released = true;
      clearInterval(timer);
      await renewal;
      if (!lost) await store.releaseLease(key, holder).catch(options.onError);
    },
  };
}
