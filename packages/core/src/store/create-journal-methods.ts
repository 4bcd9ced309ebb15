import type { StateStore } from './state-store.js';

/** The create journal's part of a {@link StateStore}, which each adapter builds in its own file. */
export type CreateJournalMethods = Pick<
  StateStore,
  'putCreateJournalEntry' | 'getCreateJournalEntry'
>;
