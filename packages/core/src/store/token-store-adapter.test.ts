import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createVirtualClock } from '../env/clock.js';
import { createMemoryStateStore } from './memory-store.js';
import { createSqliteStateStore } from './sqlite/index.js';
import { createStoreLock } from './store-lock.js';
import { generateEncryptionKey } from './token-cipher.js';
import { createStateStoreTokenStore } from './token-store-adapter.js';

const key = generateEncryptionKey();

describe('createStateStoreTokenStore', () => {
  it('stores the connection tokens encrypted and reads them back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fk-tokens-'));
    const file = join(dir, 'state.db');
    try {
      const store = createSqliteStateStore({ database: file, encryptionKey: key });
      const tokens = createStateStoreTokenStore(store);
      const saved = {
        accessToken: 'eyJ.access.secret',
        refreshToken: 'refresh-secret',
        expiresAt: 1_800_000_000_000,
        scope: 'customer article',
        tenantId: '42',
        status: 'connected' as const,
        connectedAt: 1_700_000_000_000,
      };
      await tokens.save('acme', saved);
      expect(await tokens.load('acme')).toEqual({ ...saved, version: 1 });
      await tokens.save('acme', { ...saved, refreshToken: 'rotated', status: 'reconnect_needed' });
      expect(await tokens.load('acme')).toMatchObject({
        refreshToken: 'rotated',
        status: 'reconnect_needed',
      });
      expect((await store.getConnection('acme'))?.tokenVersion).toBe(2);
      await store.close();
      const raw = [file, `${file}-wal`]
        .filter((f) => existsSync(f))
        .map((f) => readFileSync(f, 'latin1'))
        .join('');
      expect(raw).not.toContain('refresh-secret');
      expect(raw).not.toContain('rotated');
      const reopened = createStateStoreTokenStore(
        createSqliteStateStore({ database: file, encryptionKey: key }),
      );
      expect((await reopened.load('acme'))?.refreshToken).toBe('rotated');
      await reopened.delete('acme');
      expect(await reopened.load('acme')).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('createStoreLock', () => {
  it('runs holders of one key one after another, across store handles', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fk-lock-'));
    const file = join(dir, 'state.db');
    try {
      const clock = createVirtualClock({ autoAdvance: true });
      const a = createStoreLock(createSqliteStateStore({ database: file, encryptionKey: key }), {
        clock,
      });
      const b = createStoreLock(createSqliteStateStore({ database: file, encryptionKey: key }), {
        clock,
      });
      const events: string[] = [];
      const critical = (name: string) => async () => {
        events.push(`${name} in`);
        await clock.sleep(1000);
        events.push(`${name} out`);
        return name;
      };
      const results = await Promise.all([
        a.withLock('refresh:acme', critical('a1')),
        b.withLock('refresh:acme', critical('b1')),
        a.withLock('refresh:acme', critical('a2')),
      ]);
      expect(results).toEqual(['a1', 'b1', 'a2']);
      for (let i = 0; i < events.length; i += 2) {
        expect(events[i + 1]).toBe(events[i]?.replace('in', 'out'));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lets callers in one process wait in line instead of polling the store', async () => {
    const store = createMemoryStateStore({ encryptionKey: key });
    let attempts = 0;
    const counting = {
      ...store,
      acquireLease: (...args: Parameters<typeof store.acquireLease>) => {
        attempts++;
        return store.acquireLease(...args);
      },
    };
    const clock = createVirtualClock({ autoAdvance: true });
    const lock = createStoreLock(counting, { clock });
    const order: number[] = [];
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        lock.withLock('k', async () => {
          await clock.sleep(100);
          order.push(i);
        }),
      ),
    );
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(attempts).toBe(10);
  });

  it('waits out the lease of a holder that died, then takes the lock', async () => {
    const store = createMemoryStateStore({ encryptionKey: key });
    const clock = createVirtualClock({ autoAdvance: true });
    const start = clock.now();
    await store.acquireLease('lock:k', 'dead-process', start + 60_000, start);
    const lock = createStoreLock(store, { clock });
    const tookAt = await lock.withLock('k', async () => clock.now());
    expect(tookAt).toBeGreaterThanOrEqual(start + 60_000);
    expect(tookAt).toBeLessThan(start + 61_000);
  });

  it('releases the lock when the holder throws', async () => {
    const lock = createStoreLock(createMemoryStateStore({ encryptionKey: key }));
    await expect(lock.withLock('k', async () => Promise.reject(new Error('boom')))).rejects.toThrow(
      'boom',
    );
    expect(await lock.withLock('k', async () => 'free')).toBe('free');
  });
});
