import { describe, expect, it } from 'vitest';
import { createVirtualClock } from '../env/clock.js';
import { createMemoryHostRegisters } from './memory-host-registers.js';

describe('createMemoryHostRegisters', () => {
  it('pages the change feed without missing or repeating a write', async () => {
    const registers = createMemoryHostRegisters({
      articles: [1, 2, 3].map((n) => ({
        id: `a${n}`,
        articleNumber: String(n),
        description: `Art ${n}`,
      })),
    });
    const first = await registers.articles.changedSince(null, 2);
    expect(first.records.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(first.hasMore).toBe(true);
    await registers.articles.upsert({ id: 'a1', articleNumber: '1', description: 'Changed' });
    const second = await registers.articles.changedSince(first.cursor, 10);
    expect(second.records.map((a) => a.id)).toEqual(['a3', 'a1']);
    expect(second.hasMore).toBe(false);
    const idle = await registers.articles.changedSince(second.cursor, 10);
    expect(idle).toEqual({ records: [], cursor: second.cursor, hasMore: false });
  });

  it('reports a deleted record as a tombstone in the change feed and no longer finds it', async () => {
    const registers = createMemoryHostRegisters({
      customers: [
        { id: 'c1', name: 'Bygg AB', fortnoxCustomerNumber: '1', email: 'a@bygg.se' },
        { id: 'c2', name: 'Måleri AB', fortnoxCustomerNumber: '2' },
      ],
    });
    const before = await registers.customers.changedSince(null, 10);
    await registers.customers.delete?.('c1');
    const after = await registers.customers.changedSince(before.cursor, 10);
    expect(after).toMatchObject({ records: [], deleted: ['c1'], hasMore: false });
    expect(await registers.customers.findById('c1')).toBeUndefined();
    expect(await registers.customers.findByNumber('1')).toBeUndefined();
    expect(await registers.customers.findByEmail('a@bygg.se')).toEqual([]);
    expect(registers.writes.customers).toBe(1);
  });

  it('assigns an id to a new record and stamps updatedAt from the clock', async () => {
    const clock = createVirtualClock({ start: '2026-03-01T10:00:00Z' });
    const registers = createMemoryHostRegisters({ clock });
    const created = await registers.customers.upsert({
      name: 'Bygg AB',
      fortnoxCustomerNumber: '1001',
    });
    expect(created.id).toMatch(/^cust-/);
    expect(created.updatedAt).toBe('2026-03-01T10:00:00.000Z');
    expect((await registers.customers.findByNumber('1001'))?.id).toBe(created.id);
    expect(registers.writes.customers).toBe(1);
  });

  it('finds customers by normalised organisation number and case-insensitive email only', async () => {
    const registers = createMemoryHostRegisters({
      customers: [
        { id: 'c1', name: 'Bygg AB', organisationNumber: '556677-8899', email: 'Info@Bygg.se' },
        { id: 'c2', name: 'Bygg AB' },
      ],
    });
    expect(
      (await registers.customers.findByOrganisationNumber('5566778899')).map((c) => c.id),
    ).toEqual(['c1']);
    expect((await registers.customers.findByEmail(' info@bygg.se ')).map((c) => c.id)).toEqual([
      'c1',
    ]);
    expect(await registers.customers.findByOrganisationNumber('')).toEqual([]);
    expect(await registers.customers.findByEmail('')).toEqual([]);
  });
});
