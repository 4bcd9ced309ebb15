import { describe, expect, it } from 'vitest';
import { useClientFixture } from '../client/client-fixture.test-support.js';
import { FORTNOX_RATE_LIMIT } from './sliding-window-rate-limiter.js';

const f = useClientFixture({ rateLimit: true });
const WINDOW = FORTNOX_RATE_LIMIT.windowMs;

/** The most requests the emulator saw in any window of `WINDOW` ms. */
function busiestWindow(times: number[]): number {
  let best = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while ((times[i] as number) - (times[j] as number) >= WINDOW) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

describe('rate limiting against the emulator', () => {
  it('finishes a burst of 300 calls with zero 429s, close to 25 per 5 s', async () => {
    const start = f.clock.now();
    await Promise.all(
      Array.from({ length: 300 }, (_, i) => f.client.customers.get(String((i % 12) + 1))),
    );
    const requests = f.apiRequests();
    const times = requests.map((r) => r.time);
    const elapsed = f.clock.now() - start;
    // Steady pace: after the first full window, N − 25 requests took (last − first) ms.
    const span = (times.at(-1) as number) - (times[0] as number);
    const perWindow = ((requests.length - FORTNOX_RATE_LIMIT.limit) * WINDOW) / span;
    console.info(
      `burst: ${requests.length} requests, ${requests.filter((r) => r.status === 429).length} × 429, ` +
        `${(elapsed / 1000).toFixed(1)} s virtual, ${perWindow.toFixed(2)} requests per 5 s, busiest window ${busiestWindow(times)}`,
    );
    expect(requests).toHaveLength(300);
    expect(requests.filter((r) => r.status === 429)).toHaveLength(0);
    expect(busiestWindow(times)).toBeLessThanOrEqual(25);
    expect(perWindow).toBeGreaterThan(24);
    expect(perWindow).toBeLessThanOrEqual(25);
  });

  it('shares one window between two clients of the same connection in this process', async () => {
    const other = f.newClient().client;
    await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        (i % 2 ? f.client : other).customers.get(String((i % 12) + 1)),
      ),
    );
    expect(f.apiRequests().filter((r) => r.status === 429)).toHaveLength(0);
    expect(busiestWindow(f.apiRequests().map((r) => r.time))).toBeLessThanOrEqual(25);
  });

  it('lets an interactive call overtake a queued background sync', async () => {
    const background = Array.from({ length: 100 }, () => f.client.customers.get('1'));
    let interactiveDoneAfter = -1;
    let backgroundDone = 0;
    for (const call of background) void call.then(() => backgroundDone++);
    const interactive = f.client.customers.get('2', { priority: 'interactive' }).then(() => {
      interactiveDoneAfter = backgroundDone;
    });
    await Promise.all([...background, interactive]);
    // It waited only for the first window's worth of background calls, not all 100.
    expect(interactiveDoneAfter).toBeLessThanOrEqual(25);
  });
});
