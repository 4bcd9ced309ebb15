import type { Clock } from '../env/clock.js';
import { WorkflowError } from '../integration/workflow-error.js';
import type { StateStore } from '../store/state-store.js';

/** How long one send may hold an order before another process may take over. */
const LEASE_MS = 2 * 60_000;
const WAIT_STEP_MS = 250;
const MAX_WAIT_MS = 30_000;

// Per store, so two integrations (or tests) never wait on each other's queue.
const queues = new WeakMap<StateStore, Map<string, Promise<unknown>>>();

/**
 * Runs `work` while holding the order: one send per order at a time, in this process (a
 * queue) and across processes (a store lease). A second click waits for the first and then
 * sees its result instead of writing again.
 */
export async function withOrderLock<T>(
  deps: { store: StateStore; clock: Clock; holder: string; connectionId: string },
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

async function withLease<T>(
  deps: { store: StateStore; clock: Clock; holder: string },
  key: string,
  work: () => Promise<T>,
): Promise<T> {
  const { store, clock, holder } = deps;
  for (let waited = 0; ; waited += WAIT_STEP_MS) {
    if (await store.acquireLease(key, holder, clock.now() + LEASE_MS, clock.now())) break;
    if (waited >= MAX_WAIT_MS) {
      throw new WorkflowError(
        'send_in_progress',
        'This order is being sent right now. Try again in a moment.',
      );
    }
    await clock.sleep(WAIT_STEP_MS);
  }
  try {
    return await work();
  } finally {
    await store.releaseLease(key, holder);
  }
}
