import { describe, expect, it } from 'vitest';
import { createVirtualClock } from '../env/clock.js';
import { isFortnoxKitError } from '../errors/fortnox-kit-error.js';
import { ERROR_STATUS } from '../handler/contract.js';
import { isWorkflowError } from '../integration/workflow-error.js';
import { createMemoryStateStore } from '../store/memory-store.js';
import { generateEncryptionKey } from '../store/token-cipher.js';
import { withOrderLock } from './order-lock.js';

function setup() {
  const clock = createVirtualClock({ autoAdvance: true });
  const store = createMemoryStateStore({ encryptionKey: generateEncryptionKey(), clock });
  return { clock, store, deps: { store, clock, holder: 'this-process', connectionId: 'c1' } };
}

describe('withOrderLock', () => {
  it('refuses with send_in_progress (409), not sync_in_progress, while another process keeps sending the order', async () => {
    const { clock, store, deps } = setup();
    // Another process holds the order's send lease for longer than a send waits.
    await store.acquireLease('send:c1:o1', 'other-process', clock.now() + 10 * 60_000, clock.now());
    let ran = false;
    const error = await withOrderLock(deps, 'o1', async () => {
      ran = true;
    }).catch((e: unknown) => e);
    expect(isWorkflowError(error)).toBe(true);
    expect(isFortnoxKitError(error)).toBe(true);
    expect((error as { code: string }).code).toBe('send_in_progress');
    expect(ERROR_STATUS.send_in_progress).toBe(409);
    expect(ran).toBe(false);
  });

  it('sends once the other process lets go of the order', async () => {
    const { clock, store, deps } = setup();
    await store.acquireLease('send:c1:o1', 'other-process', clock.now() + 60_000, clock.now());
    void clock.sleep(5_000).then(() => store.releaseLease('send:c1:o1', 'other-process'));
    await expect(withOrderLock(deps, 'o1', async () => 'sent')).resolves.toBe('sent');
  });
});
