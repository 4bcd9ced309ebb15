import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../env/clock.js';
import { DEFAULT_LEASE_MS } from '../store/held-lease.js';
import { FORTNOX_QUEUES } from './job-names.js';
import { canRunPgBoss } from './pg-boss.test-support.js';
import { runCleanup, settled, startWorkersHarness } from './workers-harness.test-support.js';

afterEach(runCleanup);

const NEW_ARTICLES = 1_100; // three list pages of 500
const ABORT_AT = 700; // in the middle of page 2
const MONTH_MS = 30 * 24 * 3_600_000; // no planned sync slot falls inside the test

describe.skipIf(!canRunPgBoss)('a pg-boss sync job retried after its run was cut off', () => {
  it('continues the interrupted run from its committed page: no list page or article read or written twice, registers equal', {
    timeout: 120_000,
  }, async () => {
    const { h, boss, workers, store } = await startWorkersHarness({
      syncIntervalMs: MONTH_MS,
      queues: { [FORTNOX_QUEUES.sync]: { retryLimit: 2, retryDelay: 0 } },
    });
    const user = h.emulator.control.actAsUser(h.tenantId);
    for (let n = 0; n < NEW_ARTICLES; n++) {
      user.createArticle({
        ArticleNumber: `R-${String(n).padStart(4, '0')}`,
        Description: `R ${n}`,
      });
    }
    // The first attempt's run is cut off (as a worker stopping it would) once the host has
    // taken 700 of the new articles; later writes are counted per article number.
    const written = new Map<string, number>();
    const upsert = h.registers.articles.upsert.bind(h.registers.articles);
    h.registers.articles.upsert = async (record) => {
      const number = String(record.articleNumber);
      written.set(number, (written.get(number) ?? 0) + 1);
      if (written.size === ABORT_AT) void h.integration.syncScheduler.stop({ abortRun: true });
      return upsert(record);
    };
    h.emulator.control.clearRequests();

    const id = await workers
      .plan()
      .then(() => boss.send(FORTNOX_QUEUES.sync, { connectionId: 'default' }));
    const job = await settled(boss, FORTNOX_QUEUES.sync, id);

    expect(job.state).toBe('completed');
    expect(job.retryCount).toBe(1);
    const output = job.output as { resumedRunId: string | null; status: string };
    expect(output.status).toBe('succeeded');
    const cutOff = await store.getRun(output.resumedRunId ?? '');
    expect(cutOff?.status).toBe('interrupted');
    expect(cutOff?.checkpoint).toMatchObject({ page: 1 });

    const requests = h.emulator.control.requests().filter((r) => r.method === 'GET');
    const listPages = requests
      .filter((r) => r.path === '/3/articles')
      .map((r) => Number(new URLSearchParams(r.search).get('page') ?? '1'));
    // Page 1 was committed before the cut: the retry starts at page 2, where it stopped.
    expect(listPages).toEqual([1, 2, 2, 3]);
    const reads = requests.filter((r) => r.path.startsWith('/3/articles/R-')).map((r) => r.path);
    expect(reads).toHaveLength(NEW_ARTICLES);
    expect(new Set(reads).size).toBe(NEW_ARTICLES);
    const newWrites = [...written].filter(([number]) => number.startsWith('R-'));
    expect(newWrites).toHaveLength(NEW_ARTICLES);
    expect(newWrites.every(([, times]) => times === 1)).toBe(true);

    // Registers equal: every active Fortnox article is in the host once, and linked.
    const fortnox = [...h.emulator.db.tenant(h.tenantId).articles.values()]
      .filter((a) => a.Active !== false)
      .map((a) => a.ArticleNumber);
    const host = (await h.registers.articles.changedSince(null, Number.MAX_SAFE_INTEGER)).records;
    expect(new Set(host.map((a) => a.articleNumber))).toEqual(new Set(fortnox));
    expect(host).toHaveLength(fortnox.length);
    expect(await store.countLinks('default', 'articles')).toBe(fortnox.length);
  });

  it('waits for the lease a killed worker left on its run to lapse, then continues that run instead of skipping the slot', {
    timeout: 60_000,
  }, async () => {
    let clock = systemClock;
    const { h, boss, store } = await startWorkersHarness({
      syncIntervalMs: MONTH_MS,
      // Slots on real time; sleeps on the integration's virtual clock, which judges the lease.
      clock: { now: () => Date.now(), sleep: (ms, signal) => clock.sleep(ms, signal) },
    });
    clock = h.clock;
    const user = h.emulator.control.actAsUser(h.tenantId);
    for (let n = 0; n < 20; n++) user.createArticle({ ArticleNumber: `K-${n}`, Description: 'K' });
    // A run cut off at its first article write, then left as a SIGKILL leaves it: still
    // "running", its process's lease not released.
    const scheduler = h.integration.syncScheduler;
    const upsert = h.registers.articles.upsert.bind(h.registers.articles);
    h.registers.articles.upsert = async (record) => {
      void scheduler.stop({ abortRun: true });
      return upsert(record);
    };
    const { done } = await scheduler.runNow({ trigger: 'schedule' });
    const killed = await done;
    h.registers.articles.upsert = upsert;
    expect(killed.status).toBe('interrupted');
    await store.updateRun(killed.id, { status: 'running', finishedAt: null });
    const diedAt = h.clock.now();
    await store.acquireLease('sync:default', 'dead', diedAt + DEFAULT_LEASE_MS, diedAt);

    const id = await boss.send(FORTNOX_QUEUES.sync, { connectionId: 'default' });
    const job = await settled(boss, FORTNOX_QUEUES.sync, id);

    expect(job.state).toBe('completed');
    expect(job.output).toMatchObject({ status: 'succeeded', resumedRunId: killed.id });
    const resumed = (await store.listRuns('default', 1))[0];
    expect(resumed?.trigger).toBe('resume');
    expect(resumed?.startedAt).toBeGreaterThanOrEqual(diedAt + DEFAULT_LEASE_MS);
    const host = await h.registers.articles.changedSince(null, Number.MAX_SAFE_INTEGER);
    expect(host.records.filter((a) => a.articleNumber.startsWith('K-'))).toHaveLength(20);
  });
});
