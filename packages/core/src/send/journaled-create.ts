import type { Clock } from '../env/clock.js';
import { WorkflowError } from '../integration/workflow-error.js';
import type { CreateJournalEntry, CreateJournalKey } from '../store/records.js';
import type { StateStore } from '../store/state-store.js';
import { isUncertainFailure } from './write-once.js';

/** Dependencies of {@link createJournaled}. */
export interface JournaledCreateDeps {
  store: StateStore;
  clock: Clock;
  /** Creates tried in one call after uncertain failures (each followed by a lookup). @default 3 */
  maxAttempts?: number;
}

/** One Fortnox customer or article to create on behalf of a host record. */
export interface JournaledCreate {
  key: CreateJournalKey;
  /** What identifies our create in Fortnox (the customer's marker, the article number). */
  reference: string;
  /** The customer name sent, which the lookup searches by. */
  name?: string;
  /** Writes the record; resolves its Fortnox number. */
  create(): Promise<string>;
  /** The Fortnox record an earlier create of `entry` made, if Fortnox has one. */
  lookup(entry: CreateJournalEntry): Promise<string | undefined>;
}

/**
 * Creates a Fortnox customer or article at most once, the way `writeOnce` creates documents:
 * the intent is journaled before the POST; after an earlier unfinished attempt (a crash) or
 * an uncertain failure (timeout after commit, reset, status 0, 5xx), Fortnox is searched by
 * the identity sent before anything is written again. A failed lookup leaves the entry
 * `uncertain` and throws, so the next send looks up first. The caller holds the store's
 * lock for `key`, so no other sender writes this entry meanwhile.
 */
export async function createJournaled(
  deps: JournaledCreateDeps,
  spec: JournaledCreate,
): Promise<{ fortnoxNumber: string; written: boolean }> {
  const { store, clock } = deps;
  let entry = await store.getCreateJournalEntry(spec.key);
  if (entry && entry.state !== 'failed') {
    // Pending (a crash mid-create), uncertain, or committed but not linked: it may exist.
    const found = await spec.lookup(entry);
    if (found) return { fortnoxNumber: await commit(deps, entry, found), written: false };
  }
  const now = clock.now();
  entry = await store.putCreateJournalEntry({
    ...spec.key,
    state: 'pending',
    reference: spec.reference,
    name: spec.name ?? null,
    attempts: 0,
    createdAt: entry?.createdAt ?? now,
    updatedAt: now,
  });
  const maxAttempts = deps.maxAttempts ?? 3;
  for (let attempt = 1; ; attempt++) {
    entry = await save(deps, entry, { state: 'pending', attempts: attempt, error: null });
    try {
      const created = await spec.create();
      return { fortnoxNumber: await commit(deps, entry, created), written: true };
    } catch (error) {
      const uncertain = isUncertainFailure(error);
      entry = await save(deps, entry, {
        state: uncertain ? 'uncertain' : 'failed',
        error: error instanceof Error ? error.message : String(error),
      });
      if (!uncertain) throw error;
      const found = await spec.lookup(entry);
      if (found) return { fortnoxNumber: await commit(deps, entry, found), written: false };
      if (attempt >= maxAttempts) {
        throw new WorkflowError(
          'fortnox_error',
          `Fortnox did not answer the creation of ${spec.key.register} ${spec.key.hostId}, and it was not found there. Nothing was duplicated; try sending again.`,
          { cause: error },
        );
      }
    }
  }
}

function save(
  deps: JournaledCreateDeps,
  entry: CreateJournalEntry,
  patch: Partial<CreateJournalEntry>,
): Promise<CreateJournalEntry> {
  return deps.store.putCreateJournalEntry({ ...entry, ...patch, updatedAt: deps.clock.now() });
}

async function commit(
  deps: JournaledCreateDeps,
  entry: CreateJournalEntry,
  fortnoxNumber: string,
): Promise<string> {
  await save(deps, entry, { state: 'committed', fortnoxNumber, error: null });
  return fortnoxNumber;
}
