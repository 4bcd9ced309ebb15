import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createVirtualClock } from '../env/clock.js';
import { getSharedRateLimiter } from './shared-rate-limiter.js';
import { createSlidingWindowRateLimiter } from './sliding-window-rate-limiter.js';

describe('createSlidingWindowRateLimiter', () => {
  it('never grants more than 25 in any window and keeps close to that pace', async () => {
    const clock = createVirtualClock({ autoAdvance: true });
    const limiter = createSlidingWindowRateLimiter({ clock, marginMs: 0 });
    const start = clock.now();
    const times: number[] = [];
    await Promise.all(
      Array.from({ length: 100 }, () => limiter.acquire().then(() => times.push(clock.now()))),
    );
    for (let i = 25; i < times.length; i++) {
      expect((times[i] as number) - (times[i - 25] as number)).toBeGreaterThanOrEqual(5000);
    }
    // 100 grants = 4 windows: the last batch starts at 15 s.
    expect(clock.now() - start).toBe(15000);
  });

  it('serves interactive waiters before background ones that queued earlier', async () => {
    const clock = createVirtualClock({ autoAdvance: true });
    const limiter = createSlidingWindowRateLimiter({
      clock,
      limit: 2,
      windowMs: 1000,
      marginMs: 0,
    });
    const order: string[] = [];
    const calls = [
      ...['b1', 'b2', 'b3', 'b4'].map((id) =>
        limiter.acquire({ priority: 'background' }).then(() => order.push(id)),
      ),
      ...['i1', 'i2'].map((id) =>
        limiter.acquire({ priority: 'interactive' }).then(() => order.push(id)),
      ),
    ];
    await Promise.all(calls);
    expect(order).toEqual(['b1', 'b2', 'i1', 'i2', 'b3', 'b4']);
  });

  it('holds all grants after a reported 429 until the pause is over', async () => {
    const clock = createVirtualClock({ autoAdvance: true });
    const limiter = createSlidingWindowRateLimiter({ clock });
    const start = clock.now();
    limiter.reportRateLimited(5000);
    await limiter.acquire();
    expect(clock.now() - start).toBe(5000);
  });

  it('drops an aborted waiter from the queue', async () => {
    const clock = createVirtualClock({ autoAdvance: true });
    const limiter = createSlidingWindowRateLimiter({
      clock,
      limit: 1,
      windowMs: 1000,
      marginMs: 0,
    });
    await limiter.acquire();
    const controller = new AbortController();
    const aborted = limiter.acquire({ signal: controller.signal });
    controller.abort(new Error('stop'));
    await expect(aborted).rejects.toThrow('stop');
    const start = clock.now();
    await limiter.acquire();
    expect(clock.now() - start).toBe(1000);
  });
});

describe('getSharedRateLimiter', () => {
  it('returns one limiter per connection and clock', () => {
    const clock = createVirtualClock();
    const a = getSharedRateLimiter('client:1', { clock });
    expect(getSharedRateLimiter('client:1', { clock })).toBe(a);
    expect(getSharedRateLimiter('client:2', { clock })).not.toBe(a);
    expect(getSharedRateLimiter('client:1', { clock: createVirtualClock() })).not.toBe(a);
  });
});

describe('sliding window property', () => {
  it('never grants more than the limit in any window, whatever the arrival pattern', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ gap: fc.integer({ min: 0, max: 700 }), interactive: fc.boolean() }), {
          minLength: 1,
          maxLength: 80,
        }),
        async (arrivals) => {
          const clock = createVirtualClock({ autoAdvance: true });
          const limiter = createSlidingWindowRateLimiter({
            clock,
            limit: 5,
            windowMs: 1000,
            marginMs: 0,
          });
          const grants: number[] = [];
          const calls: Promise<void>[] = [];
          for (const { gap, interactive } of arrivals) {
            await clock.sleep(gap);
            calls.push(
              limiter
                .acquire({ priority: interactive ? 'interactive' : 'background' })
                .then(() => void grants.push(clock.now())),
            );
          }
          await Promise.all(calls);
          grants.sort((a, b) => a - b);
          for (let i = 5; i < grants.length; i++) {
            expect((grants[i] as number) - (grants[i - 5] as number)).toBeGreaterThanOrEqual(1000);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
