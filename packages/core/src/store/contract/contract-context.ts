import type { StateStore } from '../state-store.js';
import type { StateStoreContractAdapter } from './state-store-contract.js';

/** The contract's clock origin. */
export const T0 = Date.parse('2026-01-05T08:00:00Z');

/** The tokens the contract stores (their text must never appear at rest). */
export const tokens = {
  accessToken: 'access-secret-123',
  refreshToken: 'refresh-secret-456',
  accessTokenExpiresAt: T0 + 3_600_000,
};

/** The connection the contract stores. */
export const connection = {
  id: 'conn-1',
  status: 'connected' as const,
  authKind: 'authorization-code' as const,
  tokens,
  createdAt: T0,
  updatedAt: T0,
};

/** What each group of contract tests runs on. */
export interface StateStoreContext {
  /** The adapter as first made: which optional tests apply. */
  probe: StateStoreContractAdapter;
  /** Opens a fresh store for the current test (closed and cleaned up after it). */
  setup(): Promise<StateStore>;
  /** The current test's adapter, opening with the suite's key unless given another. */
  adapter(): StateStoreContractAdapter;
}
