import type { CreateJournalMethods } from './create-journal-methods.js';
import { CreateJournalEntry, type CreateJournalKey } from './records.js';

/** The create journal of the memory store. */
export function memoryCreateJournal(): CreateJournalMethods {
  const entries = new Map<string, CreateJournalEntry>();
  const keyOf = (k: CreateJournalKey) => JSON.stringify([k.connectionId, k.register, k.hostId]);
  return {
    async putCreateJournalEntry(input) {
      const entry = CreateJournalEntry.parse(input);
      entries.set(keyOf(entry), entry);
      return { ...entry };
    },
    async getCreateJournalEntry(key) {
      const entry = entries.get(keyOf(key));
      return entry ? { ...entry } : undefined;
    },
  };
}
