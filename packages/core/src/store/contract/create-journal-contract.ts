import { expect } from 'vitest';
import type { StateStore } from '../state-store.js';

const T0 = Date.parse('2026-01-05T08:00:00Z');

/**
 * The create journal's part of the contract: one entry per (connection, register, host id),
 * replaced in place through its states, and visible to a second handle on the same storage.
 */
export async function checkCreateJournal(
  setup: () => Promise<StateStore>,
  openAnother: () => StateStore | Promise<StateStore>,
): Promise<void> {
  const store = await setup();
  const key = { connectionId: 'c1', register: 'customers' as const, hostId: 'h1' };
  expect(await store.getCreateJournalEntry(key)).toBeUndefined();
  const pending = await store.putCreateJournalEntry({
    ...key,
    state: 'pending',
    reference: 'fk1-c-abc',
    name: 'Nyföretaget AB',
    attempts: 1,
    createdAt: T0,
    updatedAt: T0,
  });
  expect(pending).toMatchObject({ state: 'pending', fortnoxNumber: null, error: null });
  await store.putCreateJournalEntry({ ...pending, state: 'uncertain', error: 'timeout' });
  await store.putCreateJournalEntry({
    ...key,
    register: 'articles',
    state: 'committed',
    reference: 'FILTER-10',
    fortnoxNumber: 'FILTER-10',
    createdAt: T0,
    updatedAt: T0,
  });
  const other = await openAnother();
  expect(await other.getCreateJournalEntry(key)).toEqual({
    ...pending,
    state: 'uncertain',
    error: 'timeout',
  });
  await store.putCreateJournalEntry({
    ...pending,
    state: 'committed',
    fortnoxNumber: '1042',
    updatedAt: T0 + 1,
  });
  expect(await other.getCreateJournalEntry(key)).toMatchObject({
    state: 'committed',
    fortnoxNumber: '1042',
    name: 'Nyföretaget AB',
    updatedAt: T0 + 1,
  });
  expect(await other.getCreateJournalEntry({ ...key, register: 'articles' })).toMatchObject({
    reference: 'FILTER-10',
    name: null,
  });
  expect(await other.getCreateJournalEntry({ ...key, connectionId: 'c2' })).toBeUndefined();
  if (other !== store) await other.close();
}
