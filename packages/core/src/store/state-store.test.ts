import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryStateStore } from './memory-store.js';
import { createSqliteStateStore } from './sqlite/index.js';
import type { StateStore } from './state-store.js';
import { generateEncryptionKey, TokenDecryptionError } from './token-cipher.js';

const key = generateEncryptionKey();
const T0 = Date.parse('2026-01-05T08:00:00Z');
const tokens = {
  accessToken: 'access-secret-123',
  refreshToken: 'refresh-secret-456',
  accessTokenExpiresAt: T0 + 3_600_000,
};
const connection = {
  id: 'conn-1',
  status: 'connected' as const,
  authKind: 'authorization-code' as const,
  tokens,
  createdAt: T0,
  updatedAt: T0,
};

/** An adapter under test: `open` may be called twice to get two handles on one storage. */
interface Adapter {
  name: string;
  open(k?: string): StateStore;
  /** Bytes of everything persisted, to prove secrets are not stored in clear. */
  rawBytes?(): string;
  cleanup(): void;
}

function sqliteFileAdapter(): Adapter {
  const dir = mkdtempSync(join(tmpdir(), 'fk-store-'));
  const file = join(dir, 'state.db');
  return {
    name: 'sqlite (file)',
    open: (k = key) => createSqliteStateStore({ database: file, encryptionKey: k }),
    rawBytes: () =>
      [file, `${file}-wal`]
        .filter(existsSync)
        .map((f) => readFileSync(f, 'latin1'))
        .join(''),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

function memoryAdapter(): Adapter {
  let shared: StateStore | undefined;
  return {
    name: 'memory',
    open: (k = key) => {
      // One in-memory store is "the storage"; a second open with another key models a restart.
      if (!shared || k !== key) shared = createMemoryStateStore({ encryptionKey: k });
      return shared;
    },
    cleanup: () => {},
  };
}

const adapters: Array<() => Adapter> = [memoryAdapter, sqliteFileAdapter];

describe.each(adapters.map((make) => [make().name, make] as const))(
  'StateStore contract: %s',
  (_name, make) => {
    let adapter: Adapter;
    let store: StateStore;
    const setup = () => {
      adapter = make();
      store = adapter.open();
      return store;
    };
    afterEach(async () => {
      await store?.close();
      adapter?.cleanup();
    });

    it('stores a connection and returns its tokens decrypted', async () => {
      setup();
      await store.saveConnection(connection);
      const got = await store.getConnection('conn-1');
      expect(got?.tokens).toEqual(tokens);
      expect(got?.tenantId).toBeNull();
      expect((await store.listConnections()).map((c) => c.id)).toEqual(['conn-1']);
    });

    it('never persists tokens in clear text', async () => {
      setup();
      await store.saveConnection(connection);
      if (!adapter.rawBytes) return expect(adapter.name).toBe('memory');
      const raw = adapter.rawBytes();
      expect(raw).toContain('conn-1');
      expect(raw).not.toContain('access-secret-123');
      expect(raw).not.toContain('refresh-secret-456');
    });

    it('refuses to decrypt tokens with another key', async () => {
      setup();
      await store.saveConnection(connection);
      if (adapter.name === 'memory') return;
      const other = adapter.open(generateEncryptionKey());
      await expect(other.getConnection('conn-1')).rejects.toBeInstanceOf(TokenDecryptionError);
      await other.close();
    });

    it('lets only one of two concurrent refreshes store its rotated token', async () => {
      setup();
      await store.saveConnection(connection);
      const second = adapter.name === 'memory' ? store : adapter.open();
      const rotated = (n: string) => ({ ...tokens, accessToken: `a-${n}`, refreshToken: `r-${n}` });
      const results = await Promise.all([
        store.compareAndSetTokens('conn-1', 0, rotated('x')),
        second.compareAndSetTokens('conn-1', 0, rotated('y')),
      ]);
      expect(results.filter(Boolean)).toHaveLength(1);
      const stored = await store.getConnection('conn-1');
      expect(stored?.tokenVersion).toBe(1);
      expect(stored?.tokens?.refreshToken).toBe(results.find(Boolean)?.tokens?.refreshToken);
      expect(await store.compareAndSetTokens('conn-1', 0, rotated('z'))).toBeUndefined();
      const marked = await store.compareAndSetTokens('conn-1', 1, null, {
        status: 'reconnect-needed',
      });
      expect(marked).toMatchObject({ status: 'reconnect-needed', tokens: null, tokenVersion: 2 });
      if (second !== store) await second.close();
    });

    it('grants a lease to one holder until it expires or is released', async () => {
      setup();
      expect(await store.acquireLease('sync:c1', 'a', T0 + 1000, T0)).toBe(true);
      expect(await store.acquireLease('sync:c1', 'b', T0 + 1000, T0 + 10)).toBe(false);
      expect(await store.acquireLease('sync:c1', 'a', T0 + 2000, T0 + 20)).toBe(true);
      expect(await store.acquireLease('sync:c1', 'b', T0 + 3000, T0 + 1500)).toBe(false);
      expect(await store.acquireLease('sync:c1', 'b', T0 + 5000, T0 + 2000)).toBe(true);
      await store.releaseLease('sync:c1', 'a');
      expect(await store.acquireLease('sync:c1', 'a', T0 + 5000, T0 + 2100)).toBe(false);
      await store.releaseLease('sync:c1', 'b');
      expect(await store.acquireLease('sync:c1', 'a', T0 + 5000, T0 + 2100)).toBe(true);
    });

    it('finds links both ways and keeps each host id and number linked once', async () => {
      setup();
      const link = { connectionId: 'c1', register: 'customers' as const, syncedAt: T0 };
      await store.putLinks([
        { ...link, hostId: 'h1', fortnoxNumber: '1001' },
        { ...link, hostId: 'h2', fortnoxNumber: '1002' },
      ]);
      expect(await store.getLinkByHostId('c1', 'customers', 'h1')).toMatchObject({
        fortnoxNumber: '1001',
        hostHash: null,
      });
      await store.putLinks([
        { ...link, hostId: 'h1', fortnoxNumber: '1001', hostHash: 'x', fortnoxHash: 'y' },
      ]);
      expect(await store.getLinkByFortnoxNumber('c1', 'customers', '1001')).toMatchObject({
        hostId: 'h1',
        hostHash: 'x',
        fortnoxHash: 'y',
      });
      expect((await store.getLinkByFortnoxNumber('c1', 'customers', '1002'))?.hostId).toBe('h2');
      expect(await store.getLinkByHostId('c1', 'articles', 'h1')).toBeUndefined();
      expect(await store.getLinkByHostId('c2', 'customers', 'h1')).toBeUndefined();
      // h1 now points at 1002: the old h2 -> 1002 and h1 -> 1001 pairings are gone.
      await store.putLinks([{ ...link, hostId: 'h1', fortnoxNumber: '1002' }]);
      expect(await store.getLinkByFortnoxNumber('c1', 'customers', '1001')).toBeUndefined();
      expect(await store.getLinkByHostId('c1', 'customers', 'h2')).toBeUndefined();
      expect(await store.countLinks('c1', 'customers')).toBe(1);
      await store.deleteLink('c1', 'customers', 'h1');
      expect(await store.countLinks('c1', 'customers')).toBe(0);
    });

    it('keeps cursors per connection and key', async () => {
      setup();
      expect(await store.getCursor('c1', 'fortnox:articles')).toBeUndefined();
      await store.setCursor('c1', 'fortnox:articles', '2026-01-05 08:00');
      await store.setCursor('c1', 'fortnox:articles', '2026-01-05 09:00');
      await store.setCursor('c2', 'fortnox:articles', 'other');
      expect(await store.getCursor('c1', 'fortnox:articles')).toBe('2026-01-05 09:00');
    });

    it('records runs with checkpoints and a per-record log in order', async () => {
      setup();
      await store.createRun({
        id: 'r1',
        connectionId: 'c1',
        trigger: 'schedule',
        status: 'running',
        startedAt: T0,
      });
      await store.createRun({
        id: 'r2',
        connectionId: 'c1',
        trigger: 'manual',
        status: 'running',
        startedAt: T0 + 10,
      });
      await expect(
        store.createRun({
          id: 'r1',
          connectionId: 'c1',
          trigger: 'manual',
          status: 'running',
          startedAt: T0,
        }),
      ).rejects.toThrow();
      const checkpoint = { register: 'articles', page: 7 };
      await store.updateRun('r1', {
        checkpoint,
        counts: {
          articles: { read: 5, created: 1, updated: 2, unchanged: 2, skipped: 0, failed: 0 },
        },
      });
      expect(await store.getRun('r1')).toMatchObject({
        status: 'running',
        checkpoint,
        counts: { articles: { read: 5 } },
      });
      await store.updateRun('r1', { status: 'interrupted', finishedAt: T0 + 5 });
      expect((await store.listRuns('c1')).map((r) => r.id)).toEqual(['r2', 'r1']);
      expect((await store.listRuns('c1', 1)).map((r) => r.id)).toEqual(['r2']);
      const entry = {
        runId: 'r1',
        at: T0,
        register: 'customers' as const,
        direction: 'to-host' as const,
      };
      await store.appendRunLog([
        {
          ...entry,
          seq: 1,
          action: 'failed',
          hostId: 'h9',
          message: 'Ogiltigt organisationsnummer',
        },
        { ...entry, seq: 0, action: 'created', fortnoxNumber: '1001' },
      ]);
      const log = await store.listRunLog('r1');
      expect(log.map((e) => e.seq)).toEqual([0, 1]);
      expect(log[1]).toMatchObject({ action: 'failed', hostId: 'h9', fortnoxNumber: null });
      expect(await store.listRunLog('r1', { offset: 1, limit: 5 })).toHaveLength(1);
    });

    it('creates a journal entry once per idempotency key and moves it through its states', async () => {
      setup();
      const journalKey = { connectionId: 'c1', hostOrderId: 'AO-1043', idempotencyKey: 'k1' };
      const input = {
        ...journalKey,
        state: 'pending' as const,
        target: 'order' as const,
        createdAt: T0,
        updatedAt: T0,
      };
      const [a, b] = await Promise.all([
        store.beginJournalEntry(input),
        store.beginJournalEntry(input),
      ]);
      expect([a.created, b.created].sort()).toEqual([false, true]);
      await store.updateJournalEntry(journalKey, { state: 'uncertain', attempts: 1 }, T0 + 1);
      expect(await store.listJournalByState('c1', ['uncertain'])).toHaveLength(1);
      const done = await store.updateJournalEntry(
        journalKey,
        { state: 'committed', documentNumber: '55' },
        T0 + 2,
      );
      expect(done).toMatchObject({
        state: 'committed',
        documentNumber: '55',
        attempts: 1,
        updatedAt: T0 + 2,
      });
      const again = await store.beginJournalEntry({ ...input, createdAt: T0 + 3 });
      expect(again).toMatchObject({
        created: false,
        entry: { state: 'committed', documentNumber: '55' },
      });
      await store.beginJournalEntry({ ...input, idempotencyKey: 'k2', createdAt: T0 + 4 });
      expect(
        (await store.listJournalByOrder('c1', 'AO-1043')).map((e) => e.idempotencyKey),
      ).toEqual(['k1', 'k2']);
      expect(await store.listJournalByState('c1', ['uncertain'])).toHaveLength(0);
      await expect(
        store.updateJournalEntry(
          { ...journalKey, idempotencyKey: 'nope' },
          { state: 'failed' },
          T0,
        ),
      ).rejects.toThrow(/AO-1043/);
    });

    it('ignores duplicate events and remembers the last offset per topic', async () => {
      setup();
      expect(await store.recordEvent('t1', 'articles', 'o1', T0)).toBe(true);
      expect(await store.recordEvent('t1', 'articles', 'o2', T0)).toBe(true);
      expect(await store.recordEvent('t1', 'articles', 'o1', T0 + 1)).toBe(false);
      expect(await store.recordEvent('t1', 'customers', 'o1', T0)).toBe(true);
      expect(await store.getEventOffset('t1', 'articles')).toBe('o1');
      expect(await store.getEventOffset('t2', 'articles')).toBeUndefined();
      await store.pruneEvents(T0 + 1);
      expect(await store.getEventOffset('t1', 'customers')).toBe('o1');
    });
  },
);

describe('SQLite adapter', () => {
  it('keeps its data across a reopen (migrations run once)', async () => {
    const adapter = sqliteFileAdapter();
    const first = adapter.open();
    await first.setCursor('c1', 'k', 'v');
    await first.close();
    const second = adapter.open();
    expect(await second.getCursor('c1', 'k')).toBe('v');
    await second.close();
    adapter.cleanup();
  });
});
