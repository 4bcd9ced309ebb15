/**
 * The contract every {@link StateStore} adapter must pass: memory, SQLite and PostgreSQL
 * run it, and a host that writes its own adapter runs it too (a vitest suite; `vitest` is
 * an optional peer dependency of `@fortnox-kit/core/testing`).
 *
 * @example
 * // my-store.test.ts
 * import { describeStateStoreContract } from '@fortnox-kit/core/testing';
 * describeStateStoreContract(() => ({
 *   name: 'my database',
 *   separateHandles: true,
 *   open: (encryptionKey) => createMyStore({ encryptionKey }),
 *   cleanup: () => dropMyTables(),
 * }));
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { StateStore } from '../state-store.js';
import { generateEncryptionKey, TokenDecryptionError } from '../token-cipher.js';

/** One adapter under test; `make` is called once per test, so each test gets empty storage. */
export interface StateStoreContractAdapter {
  name: string;
  /**
   * Opens a handle on this adapter's storage with the given key (default: the suite's key).
   * Called a second time within a test for another handle on the same storage.
   */
  open(encryptionKey?: string): StateStore | Promise<StateStore>;
  /**
   * Whether a second `open` is a separate handle on the same storage (a file, a database),
   * as a second process would have. False for memory, where a second handle is the first.
   */
  separateHandles: boolean;
  /** Everything persisted, as text, to prove tokens are never stored in clear. */
  rawBytes?(): string | Promise<string>;
  /** Removes the storage after the test. */
  cleanup?(): void | Promise<void>;
}

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

/** Registers the contract suite for the adapter `make` builds. */
export function describeStateStoreContract(make: () => StateStoreContractAdapter): void {
  const probe = make();
  describe(`StateStore contract: ${probe.name}`, () => {
    const key = generateEncryptionKey();
    let adapter: StateStoreContractAdapter;
    let store: StateStore;
    const setup = async () => {
      const fresh = make();
      adapter = { ...fresh, open: (k = key) => fresh.open(k) };
      store = await adapter.open();
      return store;
    };
    afterEach(async () => {
      await store?.close();
      await adapter?.cleanup?.();
    });

    it('stores a connection and returns its tokens decrypted', async () => {
      await setup();
      await store.saveConnection(connection);
      const got = await store.getConnection('conn-1');
      expect(got?.tokens).toEqual(tokens);
      expect(got?.tenantId).toBeNull();
      expect((await store.listConnections()).map((c) => c.id)).toEqual(['conn-1']);
    });

    it.skipIf(!probe.rawBytes)('never persists tokens in clear text', async () => {
      await setup();
      await store.saveConnection(connection);
      const raw = (await adapter.rawBytes?.()) ?? '';
      expect(raw).toContain('conn-1');
      expect(raw).not.toContain('access-secret-123');
      expect(raw).not.toContain('refresh-secret-456');
    });

    it.skipIf(!probe.separateHandles)('refuses to decrypt tokens with another key', async () => {
      await setup();
      await store.saveConnection(connection);
      const other = await adapter.open(generateEncryptionKey());
      await expect(other.getConnection('conn-1')).rejects.toBeInstanceOf(TokenDecryptionError);
      await other.close();
    });

    it('lets only one of two concurrent refreshes store its rotated token', async () => {
      await setup();
      await store.saveConnection(connection);
      const second = probe.separateHandles ? await adapter.open() : store;
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
      await setup();
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
      await setup();
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
      await setup();
      expect(await store.getCursor('c1', 'fortnox:articles')).toBeUndefined();
      await store.setCursor('c1', 'fortnox:articles', '2026-01-05 08:00');
      await store.setCursor('c1', 'fortnox:articles', '2026-01-05 09:00');
      await store.setCursor('c2', 'fortnox:articles', 'other');
      expect(await store.getCursor('c1', 'fortnox:articles')).toBe('2026-01-05 09:00');
    });

    it('records runs with checkpoints and a per-record log in order', async () => {
      await setup();
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
          articles: {
            read: 5,
            created: 1,
            updated: 2,
            unchanged: 2,
            skipped: 0,
            failed: 0,
            deleted: 0,
          },
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
      await setup();
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
      await setup();
      expect(await store.recordEvent('t1', 'articles', 'o1', T0)).toBe(true);
      expect(await store.recordEvent('t1', 'articles', 'o2', T0)).toBe(true);
      expect(await store.recordEvent('t1', 'articles', 'o1', T0 + 1)).toBe(false);
      expect(await store.recordEvent('t1', 'customers', 'o1', T0)).toBe(true);
      expect(await store.getEventOffset('t1', 'articles')).toBe('o1');
      expect(await store.getEventOffset('t2', 'articles')).toBeUndefined();
      await store.pruneEvents(T0 + 1);
      expect(await store.getEventOffset('t1', 'customers')).toBe('o1');
    });
  });
}
