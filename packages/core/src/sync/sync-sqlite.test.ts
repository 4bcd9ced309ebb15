import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IntegrationSettings } from '../settings/index.js';
import { createSqliteStateStore } from '../store/sqlite/index.js';
import { generateEncryptionKey } from '../store/token-cipher.js';
import { allHostRecords, createSyncHarness } from './emulator-harness.test-support.js';
import { createFortnoxSyncApi } from './fortnox-sync-api.js';
import { createSyncEngine } from './sync-engine.js';
import { createSyncScheduler } from './sync-scheduler.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('sync on the SQLite store', () => {
  it('survives a process restart in the middle of a run: the new process resumes from the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fk-sync-'));
    const file = join(dir, 'state.db');
    const key = generateEncryptionKey();
    try {
      const first = createSqliteStateStore({ database: file, encryptionKey: key });
      const h = createSyncHarness(server, { articles: 1500, store: first });
      const abort = new AbortController();
      const killed = await h.engine.run({
        trigger: 'connect',
        registers: ['articles'],
        signal: abort.signal,
        onCounts: (c) => {
          if ((c.articles?.created ?? 0) >= 700) abort.abort();
        },
      });
      expect(killed.status).toBe('interrupted');
      await first.close();

      // "Another process": a new store on the same file, a new scheduler.
      const second = createSqliteStateStore({ database: file, encryptionKey: key });
      await second.updateRun(killed.id, { status: 'running', finishedAt: null });
      const engine = createSyncEngine({
        connectionId: 'conn-1',
        store: second,
        host: h.host,
        fortnox: createFortnoxSyncApi(h.client),
        settings: () => IntegrationSettings.parse({}),
        clock: h.clock,
      });
      const scheduler = createSyncScheduler({
        engine,
        store: second,
        connectionId: 'conn-1',
        clock: h.clock,
      });
      await scheduler.start();
      const resumed = async () =>
        (await second.listRuns('conn-1', 1000)).find((r) => r.trigger === 'resume')?.status;
      await expect.poll(resumed, { timeout: 30_000 }).toBe('succeeded');
      await scheduler.stop();
      expect(await allHostRecords(h.host.articles)).toHaveLength(1500);
      expect(h.host.writes.articles).toBe(1500);
      expect(await second.countLinks('conn-1', 'articles')).toBe(1500);
      expect((await second.getRun(killed.id))?.status).toBe('interrupted');
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('the main entry', () => {
  it('never imports better-sqlite3 outside the ./sqlite subpath', () => {
    const src = join(import.meta.dirname, '..');
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) {
          if (relative(src, path) !== join('store', 'sqlite')) walk(path);
        } else if (/\.ts$/.test(name) && !/\.test\.ts$/.test(name)) {
          if (
            /from ['"]better-sqlite3['"]|from ['"][^'"]*sqlite\/index\.js['"]/.test(
              readFileSync(path, 'utf8'),
            )
          ) {
            offenders.push(relative(src, path));
          }
        }
      }
    };
    walk(src);
    expect(offenders).toEqual([]);
  });
});
