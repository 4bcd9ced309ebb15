import { expect, it } from 'vitest';
import type { StateStoreContext } from './contract-context.js';
import { T0 } from './contract-context.js';

/** The contract's tests of leases, register links and cursors. */
export function describeLinkContract(context: StateStoreContext): void {
  it('grants a lease to one holder until it expires or is released', async () => {
    const store = await context.setup();
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
    const store = await context.setup();
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

  it('takes the same links written by many callers at once without an error', async () => {
    const store = await context.setup();
    const link = { connectionId: 'c1', register: 'customers' as const, syncedAt: T0 };
    // Every send of a new customer's orders links it; in several processes they race.
    const writes = Array.from({ length: 20 }, (_, i) =>
      store.putLinks([
        { ...link, hostId: 'h1', fortnoxNumber: '1001', syncedAt: T0 + i },
        { ...link, hostId: `h${2 + (i % 2)}`, fortnoxNumber: '1002', syncedAt: T0 + i },
      ]),
    );
    const results = await Promise.allSettled(writes);
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(await store.countLinks('c1', 'customers')).toBe(2);
    expect((await store.getLinkByFortnoxNumber('c1', 'customers', '1001'))?.hostId).toBe('h1');
  });

  it('keeps cursors per connection and key', async () => {
    const store = await context.setup();
    expect(await store.getCursor('c1', 'fortnox:articles')).toBeUndefined();
    await store.setCursor('c1', 'fortnox:articles', '2026-01-05 08:00');
    await store.setCursor('c1', 'fortnox:articles', '2026-01-05 09:00');
    await store.setCursor('c2', 'fortnox:articles', 'other');
    expect(await store.getCursor('c1', 'fortnox:articles')).toBe('2026-01-05 09:00');
  });
}
