import type { Clock } from '../env/clock.js';
import { systemClock } from '../env/clock.js';
import type { RegisterName } from '../store/records.js';
import { isSyncInProgressError } from './sync-in-progress-error.js';
import type { SyncScheduler } from './sync-scheduler.js';

/** Options of {@link createChangeTrigger}. */
export interface ChangeTriggerOptions {
  scheduler: SyncScheduler;
  /** @default systemClock */
  clock?: Clock;
  /** Changes arriving within this window share one run. @default 2000 */
  debounceMs?: number;
  onError?: (error: unknown) => void;
}

/** Turns change notifications (WebSocket events, host saves) into delta runs. */
export interface ChangeTrigger {
  /** A record of `register` changed on either side: sync it soon. */
  changed(register: RegisterName): void;
  /** Resolves when no run is pending or going. */
  idle(): Promise<void>;
}

/**
 * Coalesces change notifications into delta runs of the changed registers ("at once" for
 * settings 22 and 24): one run per burst, and a follow-up run when changes arrive while a
 * run is going. Each run costs one list request per register plus one per changed record.
 */
export function createChangeTrigger(options: ChangeTriggerOptions): ChangeTrigger {
  const clock = options.clock ?? systemClock;
  const debounceMs = options.debounceMs ?? 2000;
  const pending = new Set<RegisterName>();
  let worker: Promise<void> | undefined;

  const waitForIdle = () =>
    new Promise<void>((resolve) => {
      if (!options.scheduler.getSnapshot().running) return resolve();
      const unsubscribe = options.scheduler.subscribe(() => {
        if (options.scheduler.getSnapshot().running) return;
        unsubscribe();
        resolve();
      });
    });

  const work = async () => {
    await clock.sleep(debounceMs);
    while (pending.size > 0) {
      await waitForIdle();
      const registers = [...pending];
      pending.clear();
      try {
        const { done } = await options.scheduler.runNow({ trigger: 'event', registers });
        await done;
      } catch (error) {
        if (isSyncInProgressError(error)) {
          for (const r of registers) pending.add(r);
          await clock.sleep(debounceMs);
        } else {
          options.onError?.(error);
        }
      }
    }
  };

  const kick = () => {
    worker ??= work().finally(() => {
      worker = undefined;
      // A change that arrived after the loop's last check starts a new round.
      if (pending.size > 0) kick();
    });
  };

  return {
    changed(register) {
      pending.add(register);
      kick();
    },
    async idle() {
      while (worker) await worker;
    },
  };
}
