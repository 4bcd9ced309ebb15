import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allHostRecords, createSyncHarness } from './emulator-harness.test-support.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('a sync killed in the middle', () => {
  it('resumes 10,000 articles from the last committed page with nothing lost or duplicated', async () => {
    const h = createSyncHarness(server, { articles: 10_000 });
    const abort = new AbortController();
    const killed = await h.engine.run({
      trigger: 'connect',
      registers: ['articles'],
      signal: abort.signal,
      onProgress: (p) => {
        if (p.register === 'articles' && p.direction === 'to-host' && p.processed >= 4_321)
          abort.abort();
      },
      onCounts: (counts) => {
        // Kill in the middle of a page, not at a page boundary.
        if ((counts.articles?.created ?? 0) >= 4_321) abort.abort(new Error('killed'));
      },
    });
    expect(killed.status).toBe('interrupted');
    const checkpoint = killed.checkpoint as { page: number; step: number };
    expect(checkpoint).toMatchObject({ step: 0, page: 8 });
    const hostAfterKill = (await allHostRecords(h.host.articles)).length;
    expect(hostAfterKill).toBeGreaterThanOrEqual(4_321);
    expect(hostAfterKill).toBeLessThan(4_500);

    // The process died before it could record the end: the run still says "running".
    await h.store.updateRun(killed.id, { status: 'running', finishedAt: null });
    const resumeFrom = (await h.store.getRun(killed.id)) ?? killed;
    const { result: resumed, paths: resumedPaths } = await h.countRequests(() =>
      h.engine.run({ trigger: 'resume', resumeFrom }),
    );

    expect(resumed.status).toBe('succeeded');
    expect((await h.store.getRun(killed.id))?.status).toBe('interrupted');
    const lists = resumedPaths.filter((p) => p.startsWith('GET /3/articles?'));
    expect(lists[0]).toContain('page=9');
    // Records of the half-done page 9 that were already written are not read again.
    const gets = resumedPaths.filter((p) => p.startsWith('GET /3/articles/'));
    expect(gets).toHaveLength(10_000 - hostAfterKill);

    const articles = await allHostRecords(h.host.articles);
    expect(articles).toHaveLength(10_000);
    expect(new Set(articles.map((a) => a.articleNumber)).size).toBe(10_000);
    expect(await h.store.countLinks('conn-1', 'articles')).toBe(10_000);
    expect(h.host.writes.articles).toBe(10_000);
  }, 120_000);
});
