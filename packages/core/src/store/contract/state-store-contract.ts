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
import { afterEach, describe } from 'vitest';
import type { StateStore } from '../state-store.js';
import { generateEncryptionKey } from '../token-cipher.js';
import { describeConnectionContract } from './contract-connections.js';
import type { StateStoreContext } from './contract-context.js';
import { describeJournalContract } from './contract-journal.js';
import { describeLinkContract } from './contract-links.js';
import { describeRunContract } from './contract-runs.js';

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

    const context: StateStoreContext = { probe, setup, adapter: () => adapter };
    describeConnectionContract(context);
    describeLinkContract(context);
    describeRunContract(context);
    describeJournalContract(context);
  });
}
