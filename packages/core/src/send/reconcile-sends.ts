import type { Clock } from '../env/clock.js';
import type { FortnoxGateway } from '../integration/fortnox-gateway.js';
import type { StateStore } from '../store/state-store.js';
import type { HostOrders } from './host-orders.js';
import { commit, lookup } from './write-once.js';

/** Dependencies of {@link reconcileSends}. */
export interface ReconcileDeps {
  connectionId: string;
  store: StateStore;
  gateway: FortnoxGateway;
  hostOrders: HostOrders;
  clock: Clock;
}

/** What a reconciliation round found. */
export interface ReconcileResult {
  /** Orders whose document was found in Fortnox and whose reference is now stored. */
  found: { orderId: string; target: 'order' | 'invoice'; documentNumber: string }[];
  /** Entries Fortnox has no document for (the next send writes it). */
  notWritten: string[];
}

/**
 * Settles sends a crash or a lost answer left `pending` or `uncertain`, without a new click:
 * the document is looked up by its send key; if Fortnox has it, the journal is committed and
 * the host order gets its integration reference (what the user asked for when clicking).
 * The steps after a send (36, 18) are left to the next send. Entries still being written
 * (younger than `minAgeMs`) are left alone.
 */
export async function reconcileSends(
  deps: ReconcileDeps,
  minAgeMs = 60_000,
): Promise<ReconcileResult> {
  const result: ReconcileResult = { found: [], notWritten: [] };
  const open = await deps.store.listJournalByState(deps.connectionId, ['pending', 'uncertain']);
  for (const entry of open) {
    if (deps.clock.now() - entry.updatedAt < minAgeMs) continue;
    const documentNumber = await lookup(deps, entry.idempotencyKey, entry.target);
    if (!documentNumber) {
      await deps.store.updateJournalEntry(
        entry,
        { state: 'failed', error: 'Not found in Fortnox: not written.' },
        deps.clock.now(),
      );
      result.notWritten.push(entry.hostOrderId);
      continue;
    }
    await commit(deps, entry, entry.target, documentNumber);
    const order = await deps.hostOrders.findById(entry.hostOrderId);
    if (order && !order.integrationReference) {
      await deps.hostOrders.update(order.id, {
        integrationReference: { target: entry.target, documentNumber },
      });
    }
    result.found.push({ orderId: entry.hostOrderId, target: entry.target, documentNumber });
  }
  return result;
}
