import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FILTER_ARTICLE } from '../../packages/core/src/integration/host-fixture.test-support.js';
import { testPool } from '../../packages/core/src/store/postgres/postgres-test-database.test-support.js';
import { canRunPgBoss } from '../../packages/core/src/workers/pg-boss.test-support.js';
import { startFortnoxMock } from '../../packages/mock-server/src/node.js';
import { connectedOnPostgres } from './boss-crash-driver.js';
import type {
  BossSyncCrashCommand,
  BossSyncCrashReply,
  HostFileLine,
} from './boss-sync-crash-protocol.js';
import { askOrFail, forkWorker, type WorkerProcess } from './worker-process.js';

type Worker = WorkerProcess<BossSyncCrashCommand, BossSyncCrashReply>;
const CONNECTION = 'sync-crash';
const SCOPES = ['companyinformation', 'customer', 'article'];
const NEW_ARTICLES = 1_100; // with the seeded ones, three list pages of 500
const HANG_AFTER = 700; // host writes: in the middle of the second article page

const cleanup: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

const ask = (worker: Worker, command: BossSyncCrashCommand) => askOrFail(worker, command);

/** The emulator with 1,100 new articles, a connected connection on PostgreSQL, and workers. */
async function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'fk-sync-crash-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  const mock = await startFortnoxMock({ size: 5, emulator: { rules: { rateLimit: false } } });
  cleanup.push(() => mock.close());
  const user = mock.emulator.control.actAsUser(mock.demo.tenantId);
  for (let n = 0; n < NEW_ARTICLES; n++) {
    user.createArticle({ ArticleNumber: `R-${String(n).padStart(4, '0')}`, Description: `R ${n}` });
  }
  const shared = await connectedOnPostgres(mock, CONNECTION, SCOPES, cleanup);
  const { store, boss, fortnox } = shared;
  const hostFile = join(dir, 'host.jsonl');
  const start = async (hangAfter: number | null) => {
    const worker = await forkWorker<BossSyncCrashCommand, BossSyncCrashReply>(
      'tests/cross-process/boss-sync-crash-worker.ts',
      { type: 'exit' },
    );
    cleanup.push(() => worker.kill());
    await ask(worker, {
      type: 'init',
      store,
      connectionId: CONNECTION,
      fortnox,
      boss,
      hostFile,
      hangAfter,
    });
    return worker;
  };
  const hostLines = (): HostFileLine[] => {
    const text = (() => {
      try {
        return readFileSync(hostFile, 'utf8');
      } catch {
        return '';
      }
    })();
    return text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as HostFileLine);
  };
  return { start, store: shared.parent, mock, bossSchema: boss.schema, hostLines };
}

async function job(schema: string, id: string) {
  const { rows } = await testPool().query<{ state: string; retry_count: number; output: unknown }>(
    `SELECT state, retry_count, output FROM "${schema}".job WHERE id = $1`,
    [id],
  );
  return rows[0];
}

const articleNumbers = (lines: HostFileLine[]) =>
  lines.filter((l) => l.register === 'articles').map((l) => String(l.record.articleNumber));

describe.skipIf(!canRunPgBoss)(
  'a pg-boss worker SIGKILLed in the middle of a sync',
  {
    timeout: 180_000,
  },
  () => {
    it('the retried job continues the killed run: pages and articles done before the kill are not fetched again, registers equal', async () => {
      const { start, store, mock, bossSchema, hostLines } = await setup();
      const crashed = await start(HANG_AFTER);
      const enqueued = await ask(crashed, { type: 'enqueue', connectionId: CONNECTION });
      if (enqueued.type !== 'enqueued') throw new Error(`unexpected ${enqueued.type}`);
      await expect
        .poll(() => hostLines().length, { timeout: 90_000, interval: 250 })
        .toBeGreaterThanOrEqual(HANG_AFTER);
      mock.emulator.control.clearRequests();
      await crashed.kill();
      const [killedRun] = await store.listRuns(CONNECTION, 1);
      const checkpoint = killedRun?.checkpoint as { step: number; page: number };
      expect(killedRun?.status).toBe('running');
      // Customers pulled and pushed, article page 1 committed, page 2 half written.
      expect(checkpoint).toMatchObject({ step: 2, page: 1 });
      const doneBeforeKill = new Set(articleNumbers(hostLines()));

      const restarted = await start(null);
      await expect
        .poll(async () => (await job(bossSchema, enqueued.syncId))?.state, {
          timeout: 120_000,
          interval: 500,
        })
        .toBe('completed');
      const finished = await job(bossSchema, enqueued.syncId);
      expect(finished?.retry_count).toBe(1);
      expect(finished?.output).toMatchObject({ status: 'succeeded', resumedRunId: killedRun?.id });

      const gets = mock.emulator.control.requests().filter((r) => r.method === 'GET');
      const listPages = (path: string) =>
        gets
          .filter((r) => r.path === path)
          .map((r) => Number(new URLSearchParams(r.search).get('page') ?? '1'));
      expect(listPages('/3/customers')).toEqual([]);
      expect(listPages('/3/articles')).toEqual([2, 3]);
      const readAgain = gets
        .map((r) => /^\/3\/articles\/(.+)$/.exec(r.path)?.[1])
        .filter((n): n is string => n !== undefined && doneBeforeKill.has(decodeURIComponent(n)));
      expect(readAgain).toEqual([]);

      // Registers equal: every active Fortnox article is in the host once, and linked.
      const fortnox = [...mock.emulator.db.tenant(mock.demo.tenantId).articles.values()]
        .filter((a) => a.Active !== false)
        .map((a) => a.ArticleNumber);
      // The host's articles: its own, then every write by id (a write to an id updates it).
      const byId = new Map([[FILTER_ARTICLE.id, FILTER_ARTICLE.articleNumber]]);
      for (const line of hostLines().filter((l) => l.register === 'articles')) {
        byId.set(line.record.id, String(line.record.articleNumber));
      }
      const host = [...byId.values()];
      expect(new Set(host)).toEqual(new Set(fortnox));
      expect(host).toHaveLength(fortnox.length);
      expect(await store.countLinks(CONNECTION, 'articles')).toBe(fortnox.length);
      await restarted.stop();
    });
  },
);
