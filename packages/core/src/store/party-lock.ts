import type { Lock } from '../connection/lock.js';
import type { Clock } from '../env/clock.js';
import type { RegisterName } from './records.js';
import type { StateStore } from './state-store.js';
import { createStoreLock } from './store-lock.js';

/**
 * The lock under which the Fortnox customer or article of one host record is created: a
 * send (`ensureCustomer`, `createArticles`) and a sync push take the same key, in every
 * process sharing the store, so the record is created once however they interleave
 * (decisions/110, 111).
 */
export function partyLock(
  store: StateStore,
  clock?: Clock,
): { lock: Lock; key(connectionId: string, register: RegisterName, hostId: string): string } {
  return {
    lock: store.lock ?? createStoreLock(store, { clock }),
    key: (connectionId, register, hostId) =>
      `fortnox-${register === 'customers' ? 'customer' : 'article'}:${connectionId}:${hostId}`,
  };
}
