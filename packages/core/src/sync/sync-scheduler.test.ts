import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createSyncHarness } from './emulator-harness.test-support.js';
import { SyncInProgressError } from './sync-in-progress-error.js';
import { createSyncScheduler, type SyncSnapshot } from './sync-scheduler.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const HOUR = 3_600_000;

function setup(options: Parameters<typeof createSyncHarness>[1] = {}) {
  const h = createSyncHarness(server, {
    customers: 3,
    articles: 3,
    autoAdvance: false,
    ...options,
  });
  const scheduler = createSyncScheduler({
    engine: h.engine,
    store: h.store,
    connectionId: 'conn-1',
    clock: h.clock,
  });
  const seen: SyncSnapshot[] = [];
  scheduler.subscribe(() => seen.push(scheduler.getSnapshot()));
  return { h, scheduler, seen };
}

describe('sync scheduler', () => {
  it('resumes a run that was stopped midway when it starts again', async () => {
    const { h, scheduler } = setup({ articles: 200, autoAdvance: true });
    let stopping: Promise<void> | undefined;
    scheduler.subscribe(() => {
      if ((scheduler.getSnapshot().counts.articles?.created ?? 0) >= 50) {
        stopping ??= scheduler.stop({ abortRun: true });
      }
    });
    const { done } = await scheduler.runNow({ registers: ['articles'] });
    expect((await done).status).toBe('interrupted');
    await stopping;
    const again = createSyncScheduler({
      engine: h.engine,
      store: h.store,
      connectionId: 'conn-1',
      clock: h.clock,
    });
    await again.start();
    const resumed = async () =>
      (await h.store.listRuns('conn-1', 1000)).find((r) => r.trigger === 'resume')?.status;
    await expect.poll(resumed, { timeout: 20_000 }).toBe('succeeded');
    await again.stop();
    expect(h.host.writes.articles).toBe(200);
  });

  it('runs at start, then every hour on the injected clock, one request per register when idle', async () => {
    const { h, scheduler, seen } = setup();
    await scheduler.start();
    await vi.waitFor(() => expect(scheduler.getSnapshot().lastRun?.status).toBe('succeeded'));
    const first = scheduler.getSnapshot().lastRun;
    expect(first?.trigger).toBe('schedule');
    expect(seen.some((s) => s.running && s.phase === 'writing')).toBe(true);
    await vi.waitFor(() =>
      expect(scheduler.getSnapshot().nextRunAt).toBe((first?.startedAt ?? 0) + HOUR),
    );
    h.emulator.control.clearRequests();
    h.clock.advance(HOUR - 1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(scheduler.getSnapshot().lastRun?.id).toBe(first?.id);
    h.clock.advance(1);
    await vi.waitFor(() => expect(scheduler.getSnapshot().lastRun?.id).not.toBe(first?.id));
    expect(scheduler.getSnapshot().lastRun).toMatchObject({
      trigger: 'schedule',
      status: 'succeeded',
    });
    expect(h.requests()).toHaveLength(2);
    await scheduler.stop();
    expect(scheduler.getSnapshot().nextRunAt).toBeNull();
  });

  it('skips scheduled runs while canRun says no (not connected) and runs once it says yes', async () => {
    const h = createSyncHarness(server, { customers: 2, articles: 2, autoAdvance: false });
    let connected = false;
    const scheduler = createSyncScheduler({
      engine: h.engine,
      store: h.store,
      connectionId: 'conn-1',
      clock: h.clock,
      canRun: () => connected,
    });
    await scheduler.start();
    await vi.waitFor(() => expect(h.clock.pendingSleeps).toBeGreaterThan(0));
    h.clock.advance(5 * 60_000);
    await vi.waitFor(() => expect(h.clock.pendingSleeps).toBeGreaterThan(0));
    expect(await h.store.listRuns('conn-1', 10)).toEqual([]);
    expect(scheduler.getSnapshot().lastRun).toBeNull();
    connected = true;
    h.clock.advance(60_000);
    await vi.waitFor(() => expect(scheduler.getSnapshot().lastRun?.status).toBe('succeeded'));
    expect(scheduler.getSnapshot().lastRun?.trigger).toBe('schedule');
    await scheduler.stop();
  });

  it('runs on demand, one run at a time, and reports the last run time and result', async () => {
    // More requests than one rate-limit window: the run has to wait, so it is still going.
    const { scheduler } = setup({ customers: 60, autoAdvance: true });
    const { runId, done } = await scheduler.runNow();
    expect(scheduler.getSnapshot()).toMatchObject({ running: true, runId, trigger: 'manual' });
    await expect(scheduler.runNow()).rejects.toBeInstanceOf(SyncInProgressError);
    const run = await done;
    expect(run.status).toBe('succeeded');
    expect(scheduler.getSnapshot()).toMatchObject({
      running: false,
      phase: 'idle',
      lastRun: { id: runId, status: 'succeeded' },
    });
    expect(scheduler.getSnapshot().lastRun?.finishedAt).toEqual(expect.any(Number));
  });

  it('refuses to run while another process holds the connection', async () => {
    const { h, scheduler } = setup();
    await h.store.acquireLease(
      'sync:conn-1',
      'other-process',
      h.clock.now() + 60_000,
      h.clock.now(),
    );
    await expect(scheduler.runNow()).rejects.toBeInstanceOf(SyncInProgressError);
  });

  it('shows per-record errors without stopping the run', async () => {
    const { scheduler } = setup({
      customers: 2,
      host: { customers: [{ id: 'bad', name: 'Fel AB', email: 'ingen-adress' }] },
    });
    const { done } = await scheduler.runNow();
    const run = await done;
    expect(run.status).toBe('succeeded');
    expect(scheduler.getSnapshot().errors).toEqual([
      expect.objectContaining({ hostId: 'bad', action: 'failed' }),
    ]);
    expect(run.counts.customers?.created).toBe(2);
  });

  it('never reports an interrupted run as a success, and resumes it on the next start', async () => {
    const { h, scheduler } = setup({ articles: 300, autoAdvance: true });
    let stopping: Promise<void> | undefined;
    scheduler.subscribe(() => {
      // Stop in the middle, deterministically: when 150 of 300 articles are written.
      if ((scheduler.getSnapshot().counts.articles?.created ?? 0) >= 150) {
        stopping ??= scheduler.stop({ abortRun: true });
      }
    });
    const { done } = await scheduler.runNow({ registers: ['articles'] });
    const interrupted = await done;
    await stopping;
    expect(interrupted.status).toBe('interrupted');
    expect(h.host.writes.articles).toBeLessThan(300);
    expect(scheduler.getSnapshot().lastRun?.status).toBe('interrupted');
    // A crash, not a clean stop: the process died with the run still marked running.
    await h.store.updateRun(interrupted.id, { status: 'running', finishedAt: null });
    const restarted = createSyncScheduler({
      engine: h.engine,
      store: h.store,
      connectionId: 'conn-1',
      clock: h.clock,
    });
    const finished: Array<{ trigger: string; status: string }> = [];
    restarted.subscribe(() => {
      const last = restarted.getSnapshot().lastRun;
      if (last && finished.at(-1)?.trigger !== last.trigger) finished.push(last);
    });
    await restarted.start();
    // With the auto-advancing clock the next hourly run follows at once; the first is the resume.
    await vi.waitFor(() => expect(finished.length).toBeGreaterThan(0), { timeout: 20_000 });
    expect(finished[0]).toMatchObject({ trigger: 'resume', status: 'succeeded' });
    expect((await h.store.getRun(interrupted.id))?.status).toBe('interrupted');
    expect(h.host.writes.articles).toBe(300);
    await restarted.stop();
  }, 60_000);

  it('tells subscribers the counts at most every 250 ms of clock time, and the final counts at the end', async () => {
    const { h, scheduler } = setup({ customers: 0, articles: 200, autoAdvance: true });
    const created: number[] = [];
    scheduler.subscribe(() => {
      const value = scheduler.getSnapshot().counts.articles?.created ?? 0;
      if (created.at(-1) !== value) created.push(value);
    });
    const { done } = await scheduler.runNow({ registers: ['articles'] });
    const run = await done;
    expect(run.counts.articles?.created).toBe(200);
    expect(created.at(-1)).toBe(200);
    // Counts moved during the run, not only at its end...
    expect(created.some((n) => n > 0 && n < 200)).toBe(true);
    // ...but not once per record: the rate limit lets 25 records through per 5 s of clock.
    expect(created.length).toBeLessThan(200 / 5);
    expect(h.host.writes.articles).toBe(200);
  }, 60_000);
});
