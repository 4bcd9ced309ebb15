import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createScaledClock } from '../env/scaled-clock.js';
import { takeLease } from './held-lease.js';
import { createMemoryStateStore } from './memory-store.js';
import { generateEncryptionKey } from './token-cipher.js';

const REAL_START = Date.parse('2026-12-07T02:00:00Z');

describe('held lease on a clock faster than real time', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: REAL_START });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('renews within the lease of the clock at speed 6: another holder cannot take it while the holder lives', async () => {
    const clock = createScaledClock({ speed: 6, realStart: REAL_START });
    const store = createMemoryStateStore({ encryptionKey: generateEncryptionKey(), clock });
    // 10 s of the clock's time: 1.67 real seconds at speed 6.
    const lease = await takeLease({ store, clock, key: 'sync:c1', holder: 'a', leaseMs: 10_000 });
    expect(lease).toBeDefined();
    for (let second = 0; second < 5; second++) {
      await vi.advanceTimersByTimeAsync(1_000);
      const other = await takeLease({ store, clock, key: 'sync:c1', holder: 'b', leaseMs: 10_000 });
      expect(other).toBeUndefined();
    }
    expect(lease?.lost).toBe(false);
    await lease?.release();
    expect(await takeLease({ store, clock, key: 'sync:c1', holder: 'b' })).toBeDefined();
  });
});
