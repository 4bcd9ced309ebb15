import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LEASE_MS } from '../store/held-lease.js';
import { createSyncHarness } from './emulator-harness.test-support.js';
import { createSyncScheduler } from './sync-scheduler.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

/** A run its process left `running` when it died, and that process's unrenewed lease. */
async function crashedRun(h: ReturnType<typeof createSyncHarness>) {
  const first = createSyncScheduler({
    engine: h.engine,
    store: h.store,
    connectionId: 'conn-1',
    clock: h.clock,
  });
  let stopping: Promise<void> | undefined;
  first.subscribe(() => {
    if ((first.getSnapshot().counts.articles?.created ?? 0) >= 20) {
      stopping ??= first.stop({ abortRun: true });
    }
  });
  const { done } = await first.runNow({ registers: ['articles'] });
  const run = await done;
  await stopping;
  // Stopped midway (not finished before the abort landed), then left as a crash leaves it.
  expect(run.status).toBe('interrupted');
  await h.store.updateRun(run.id, { status: 'running', finishedAt: null });
  const diedAt = h.clock.now();
  await h.store.acquireLease('sync:conn-1', 'dead', diedAt + DEFAULT_LEASE_MS, diedAt);
  return { run, diedAt };
}

function restartedScheduler(h: ReturnType<typeof createSyncHarness>) {
  return createSyncScheduler({
    engine: h.engine,
    store: h.store,
    connectionId: 'conn-1',
    clock: h.clock,
  });
}

describe('sync scheduler after a crashed process', () => {
  it('resumes the crashed run at start once its lease lapses, within a second of clock time, and marks it interrupted', async () => {
    const h = createSyncHarness(server, { articles: 200, autoAdvance: true });
    const { run, diedAt } = await crashedRun(h);
    const scheduler = restartedScheduler(h);
    // Waits for the resumed run to finish, in clock time: no real-time limit.
    const finished = new Promise<void>((resolve) => {
      scheduler.subscribe(() => {
        const last = scheduler.getSnapshot().lastRun;
        if (last?.trigger === 'resume' && last.status !== 'running') resolve();
      });
    });
    await scheduler.start();
    await finished;
    await scheduler.stop();
    const resumedRun = async () =>
      (await h.store.listRuns('conn-1', 10)).find((r) => r.trigger === 'resume');
    expect((await resumedRun())?.status).toBe('succeeded');
    const resumed = await resumedRun();
    expect(resumed?.startedAt).toBeGreaterThanOrEqual(diedAt + DEFAULT_LEASE_MS);
    expect(resumed?.startedAt).toBeLessThanOrEqual(diedAt + DEFAULT_LEASE_MS + 1_000);
    expect((await h.store.getRun(run.id))?.status).toBe('interrupted');
    expect(h.host.writes.articles).toBe(200);
  }, 60_000);

  it('marks the crashed run interrupted when "Synk" starts a new run after its lease lapsed', async () => {
    const h = createSyncHarness(server, { articles: 200, autoAdvance: true });
    const { run, diedAt } = await crashedRun(h);
    h.clock.set(diedAt + DEFAULT_LEASE_MS);
    const { done } = await restartedScheduler(h).runNow({ registers: ['articles'] });
    expect((await done).status).toBe('succeeded');
    expect(await h.store.getRun(run.id)).toMatchObject({
      status: 'interrupted',
      error: 'its process stopped before it finished',
    });
  }, 60_000);
});
