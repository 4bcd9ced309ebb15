import type { Clock } from '../env/clock.js';
import { WorkflowError } from '../integration/workflow-error.js';
import { DEFAULT_LEASE_MS, takeLease } from '../store/held-lease.js';
import type { StateStore } from '../store/state-store.js';

const WAIT_STEP_MS = 250;

// Per store, so two integrations (or tests) never wait on each other's queue.
const queues = new WeakMap<StateStore, Map<string, Promise<unknown>>>();

/** What {@link withOrderLock} needs. */
export interface OrderLockDeps {
  store: StateStore;
  clock: Clock;
  holder: string;
  connectionId: string;
  /**
   * How long a send of a process that died blocks the order; a live sender's heartbeat
   * renews it every third of this. @default DEFAULT_LEASE_MS (10 s)
   */
  leaseMs?: number;
}

/**
 * Runs `work` while holding the order: one send per order at a time, in this process (a
 * queue) and across processes (a store lease with a heartbeat). A second click waits for the
 * first and then sees its result instead of writing again; a click after the sender died
 * waits at most one lease for the dead lease to lapse, then sends.
 */
export async function withOrderLock<T>(
  deps: OrderLockDeps,
  orderId: string,
  work: () => Promise<T>,
): Promise<T> {
  const key = `send:${deps.connectionId}:${orderId}`;
  let chains = queues.get(deps.store);
  if (!chains) {
    chains = new Map();
    queues.set(deps.store, chains);
  }
  const previous = chains.get(key) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(() => withLease(deps, key, work));
  chains.set(key, run);
  try {
    return await run;
  } finally {
    if (chains.get(key) === run) chains.delete(key);
  }
}

async function withLease<T>(deps: OrderLockDeps, key: string, work: () => Promise<T>): Promise<T> {
  const leaseMs = deps.leaseMs ?? DEFAULT_LEASE_MS;
  const take = () => takeLease({ ...deps, key, leaseMs });
  let lease = await take();
  // A dead holder's lease lapses within one lease; a live one still beating after that is
  // a send in another process that is still going.
  for (let waited = 0; !lease; waited += WAIT_STEP_MS) {
    if (waited > leaseMs) throw sendInProgress();
    await deps.clock.sleep(WAIT_STEP_MS);
    lease = await take();
  }
  try {
    return await work();
  } finally {
    await lease.release();
  }
}

function sendInProgress(): WorkflowError {
  return new WorkflowError(
    'send_in_progress',
    'This order is being sent right now (by another process). Try again in a moment.',
    {
      userMessage: {
        sv: 'Ordern skickas till Fortnox just nu. Försök igen om en stund.',
        en: 'The order is being sent to Fortnox right now. Try again in a moment.',
      },
    },
  );
}
