import type { Clock } from '../env/clock.js';
import { isFortnoxApiError } from '../errors/fortnox-api-error.js';
import { isFortnoxNetworkError } from '../errors/fortnox-network-error.js';
import type { FortnoxInvoiceInput, FortnoxOrderInput } from '../fortnox/documents/index.js';
import type { FortnoxTarget } from '../host/index.js';
import type { FortnoxGateway } from '../integration/fortnox-gateway.js';
import { WorkflowError } from '../integration/workflow-error.js';
import type { JournalEntry, JournalKey } from '../store/records.js';
import type { StateStore } from '../store/state-store.js';

/** What a create needs: where, what, and under which idempotency key. */
export interface WriteOnceInput {
  key: JournalKey;
  target: FortnoxTarget;
  document: FortnoxOrderInput | FortnoxInvoiceInput;
}

/** Dependencies of {@link writeOnce}. */
export interface WriteOnceDeps {
  store: StateStore;
  gateway: FortnoxGateway;
  clock: Clock;
  /** Writes tried in one call after uncertain failures (each preceded by a lookup). @default 3 */
  maxAttempts?: number;
}

/** The committed document and whether this call wrote it. */
export interface WriteOnceResult {
  target: FortnoxTarget;
  documentNumber: string;
  written: boolean;
}

/**
 * Whether Fortnox may have applied a write that failed: no answer (timeout, reset) or a
 * server error. A 4xx (validation, auth, 429) means it was not applied.
 */
export function isUncertainFailure(error: unknown): boolean {
  if (isFortnoxNetworkError(error)) return true;
  return isFortnoxApiError(error) && error.status >= 500;
}

/**
 * Creates the Fortnox order or invoice of `input.key` exactly once. The journal entry is
 * written before the first write; the key goes into the searchable `ExternalInvoiceReference2` (the mapping puts the
 * readable order number in `ExternalInvoiceReference1`, unless setting 9); after any
 * earlier or uncertain attempt, Fortnox is searched by the key before writing again.
 * A lookup that itself fails leaves the entry `uncertain` and throws: the next call looks
 * up again.
 */
export async function writeOnce(
  deps: WriteOnceDeps,
  input: WriteOnceInput,
): Promise<WriteOnceResult> {
  const { store, clock } = deps;
  const { key } = input;
  const now = clock.now();
  let { entry, created } = await store.beginJournalEntry({
    ...key,
    state: 'pending',
    target: input.target,
    createdAt: now,
    updatedAt: now,
  });
  if (entry.state === 'committed' && entry.documentNumber) {
    return { target: entry.target, documentNumber: entry.documentNumber, written: false };
  }
  if (!created) {
    // pending (a crash mid-write), uncertain or failed: the document may exist already.
    const found = await lookup(deps, key.idempotencyKey, entry.target);
    if (found) return commit(deps, key, entry.target, found);
  }
  const maxAttempts = deps.maxAttempts ?? 3;
  for (let attempt = 1; ; attempt++) {
    entry = await store.updateJournalEntry(
      key,
      { state: 'pending', target: input.target, attempts: entry.attempts + 1, error: null },
      clock.now(),
    );
    try {
      const documentNumber = await create(deps.gateway, input, key.idempotencyKey);
      return commit(deps, key, input.target, documentNumber, true);
    } catch (error) {
      if (!isUncertainFailure(error)) {
        await store.updateJournalEntry(
          key,
          { state: 'failed', error: message(error) },
          clock.now(),
        );
        throw error;
      }
      await store.updateJournalEntry(
        key,
        { state: 'uncertain', error: message(error) },
        clock.now(),
      );
      const found = await lookup(deps, key.idempotencyKey, input.target);
      if (found) return commit(deps, key, input.target, found);
      if (attempt >= maxAttempts) {
        throw new WorkflowError(
          'fortnox_error',
          'Fortnox did not answer and the document was not found there. Nothing was duplicated; try sending again.',
          { cause: error },
        );
      }
    }
  }
}

async function create(gateway: FortnoxGateway, input: WriteOnceInput, reference: string) {
  const document = { ...input.document, ExternalInvoiceReference2: reference };
  const written =
    input.target === 'order'
      ? await gateway.createOrder(document as FortnoxOrderInput)
      : await gateway.createInvoice(document as FortnoxInvoiceInput);
  return written.DocumentNumber;
}

/** The document carrying `reference` (the send key), if Fortnox has one. */
export async function lookup(
  deps: WriteOnceDeps,
  reference: string,
  target: FortnoxTarget,
): Promise<string | undefined> {
  const found =
    target === 'order'
      ? await deps.gateway.findOrdersByReference(reference)
      : await deps.gateway.findInvoicesByReference(reference);
  // Two would mean an earlier bug; keep the oldest (lowest number) as the integration's.
  const numbers = found.map((d) => d.DocumentNumber).sort((a, b) => Number(a) - Number(b));
  return numbers[0];
}

/** Marks the journal entry committed with its Fortnox document. */
export async function commit(
  deps: WriteOnceDeps,
  key: JournalKey,
  target: FortnoxTarget,
  documentNumber: string,
  written = false,
): Promise<WriteOnceResult> {
  const entry: JournalEntry = await deps.store.updateJournalEntry(
    key,
    { state: 'committed', target, documentNumber, error: null },
    deps.clock.now(),
  );
  return { target: entry.target, documentNumber, written };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
