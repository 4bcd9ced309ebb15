import { describe, expect, it } from 'vitest';
import { createVirtualClock } from '../env/clock.js';
import { isFortnoxKitError } from '../errors/fortnox-kit-error.js';
import { ERROR_STATUS } from '../handler/contract.js';
import { isWorkflowError } from '../integration/workflow-error.js';
import { DEFAULT_LEASE_MS, takeLease } from '../store/held-lease.js';
import { createMemoryStateStore } from '../store/memory-store.js';
import { generateEncryptionKey } from '../store/token-cipher.js';
import { withOrderLock } from './order-lock.js';

function setup() {
  const clock = createVirtualClock({ autoAdvance: true });
  const store = createMemoryStateStore({ encryptionKey: generateEncryptionKey(), clock });
  const deps = { store, clock, holder: 'this-process', connectionId: 'c1' };
  return { clock, store, deps };
}

describe('the order lock', () => {
  it('takes over the order from a sender that stopped beating once its lease lapses', async () => {
    const { clock, store, deps } = setup();
    const crashedAt = clock.now();
    // A process that took the order and died: its lease is never renewed.
    await store.acquireLease('send:c1:o1', 'dead', crashedAt + DEFAULT_LEASE_MS, crashedAt);
    const ranAt = await withOrderLock(deps, 'o1', async () => clock.now());
    expect(ranAt).toBeGreaterThanOrEqual(crashedAt + DEFAULT_LEASE_MS);
    expect(ranAt).toBeLessThanOrEqual(crashedAt + DEFAULT_LEASE_MS + 250);
  });

  it('answers send_in_progress, with a message in Swedish and English, while a live sender keeps beating', async () => {
    const { clock, store, deps } = setup();
    const live = await takeLease({ store, clock, key: 'send:c1:o1', holder: 'live' });
    let beating = true;
    const heartbeat = (async () => {
      while (beating) {
        await clock.sleep(1_000);
        live?.beat();
      }
    })();
    const refused = await withOrderLock(deps, 'o1', async () => 'sent').catch((e: unknown) => e);
    beating = false;
    await heartbeat;
    await live?.release();
    expect(isWorkflowError(refused) && refused.code).toBe('send_in_progress');
    expect(isWorkflowError(refused) && refused.userMessage?.sv).toMatch(/skickas/);
    expect(await withOrderLock(deps, 'o1', async () => 'sent')).toBe('sent');
  });
});

function setupWithoutBeat() {
  const clock = createVirtualClock({ autoAdvance: true });
  const store = createMemoryStateStore({ encryptionKey: generateEncryptionKey(), clock });
  return { clock, store, deps: { store, clock, holder: 'this-process', connectionId: 'c1' } };
}

describe('withOrderLock: the error and the hand-over', () => {
  it('refuses with send_in_progress (409), not sync_in_progress, while another process keeps sending the order', async () => {
    const { clock, store, deps } = setupWithoutBeat();
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
    const { clock, store, deps } = setupWithoutBeat();
    await store.acquireLease('send:c1:o1', 'other-process', clock.now() + 60_000, clock.now());
    void clock.sleep(5_000).then(() => store.releaseLease('send:c1:o1', 'other-process'));
    await expect(withOrderLock(deps, 'o1', async () => 'sent')).resolves.toBe('sent');
  });
});
