import type { RegisterName } from '../store/records.js';
import type { ChangeTrigger } from '../sync/change-trigger.js';

/** What {@link HostChangeNotifier.notify} accepted. */
export interface HostChangeReceipt {
  register: RegisterName;
  /** Distinct ids of this register waiting for the coming run (this call's included). */
  pending: number;
}

/** Host-side "at once" (settings 22 / 24): the host says which records it just saved. */
export interface HostChangeNotifier {
  /**
   * Records of `register` changed in the host: a delta run of that register follows after
   * the change trigger's debounce. Calls in one burst share one run; a call during a run
   * gets a follow-up run. Never throws for an unconnected integration: nothing runs then.
   */
  notify(register: RegisterName, ids: readonly string[]): HostChangeReceipt;
  /** Resolves when the runs these notifications caused are done. */
  idle(): Promise<void>;
}

/**
 * Feeds host saves into the integration's change trigger (decisions/116). The ids are
 * coalesced per register until the trigger is idle; the run itself reads the host's
 * change feed (`changedSince`), so an id the host forgot still syncs and a repeated id
 * costs nothing. Each run goes through the client's rate limiter like every request.
 */
export function createHostChangeNotifier(changes: ChangeTrigger): HostChangeNotifier {
  const pending: Record<RegisterName, Set<string>> = { customers: new Set(), articles: new Set() };
  let settling: Promise<void> | undefined;
  const settle = () => {
    settling ??= changes.idle().finally(() => {
      settling = undefined;
      pending.customers.clear();
      pending.articles.clear();
    });
    return settling;
  };
  return {
    notify(register, ids) {
      for (const id of ids) pending[register].add(id);
      changes.changed(register);
      void settle();
      return { register, pending: pending[register].size };
    },
    async idle() {
      await changes.idle();
      await settling;
    },
  };
}
