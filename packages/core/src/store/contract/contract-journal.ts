import { expect, it } from 'vitest';
import type { StateStoreContext } from './contract-context.js';
import { T0 } from './contract-context.js';
import { checkCreateJournal } from './create-journal-contract.js';

/** The contract's tests of the send journal (one entry per idempotency key) and event offsets. */
export function describeJournalContract(context: StateStoreContext): void {
  it('keeps one create journal entry per host record, replaced through its states and seen by another handle', () =>
    checkCreateJournal(context.setup, () => context.adapter().open()));

  it('creates a journal entry once per idempotency key and moves it through its states', async () => {
    const store = await context.setup();
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
    expect((await store.listJournalByOrder('c1', 'AO-1043')).map((e) => e.idempotencyKey)).toEqual([
      'k1',
      'k2',
    ]);
    expect(await store.listJournalByState('c1', ['uncertain'])).toHaveLength(0);
    await expect(
      store.updateJournalEntry({ ...journalKey, idempotencyKey: 'nope' }, { state: 'failed' }, T0),
    ).rejects.toThrow(/AO-1043/);
  });

  it('ignores duplicate events and remembers the last offset per topic', async () => {
    const store = await context.setup();
    expect(await store.recordEvent('t1', 'articles', 'o1', T0)).toBe(true);
    expect(await store.recordEvent('t1', 'articles', 'o2', T0)).toBe(true);
    expect(await store.recordEvent('t1', 'articles', 'o1', T0 + 1)).toBe(false);
    expect(await store.recordEvent('t1', 'customers', 'o1', T0)).toBe(true);
    expect(await store.getEventOffset('t1', 'articles')).toBe('o1');
    expect(await store.getEventOffset('t2', 'articles')).toBeUndefined();
    await store.pruneEvents(T0 + 1);
    expect(await store.getEventOffset('t1', 'customers')).toBe('o1');
  });
}
