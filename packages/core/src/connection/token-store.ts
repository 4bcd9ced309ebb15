import { z } from 'zod';
import type { Lock } from './lock.js';

/** What the kit stores per connection. */
export const StoredTokens = z.object({
  accessToken: z.string(),
  /** When the access token expires, ms since the epoch. */
  expiresAt: z.number(),
  /** Absent for service accounts (client credentials have no refresh token). */
  refreshToken: z.string().optional(),
  scope: z.string().optional(),
  tenantId: z.string().optional(),
  /** `reconnect_needed` once Fortnox refused the grant; only a new authorization clears it. */
  status: z.enum(['connected', 'reconnect_needed']),
  /** When the customer authorized, ms since the epoch. */
  connectedAt: z.number().optional(),
  /**
   * The store's version of these tokens when they were loaded (stores that support
   * {@link TokenStore.compareAndSave}); a write based on them names it.
   */
  version: z.number().int().optional(),
});
/** The tokens and state of one connection. */
export type StoredTokens = z.infer<typeof StoredTokens>;

/**
 * Persists tokens per connection. `save` must be durable when it resolves: the kit stores
 * a new refresh token before it uses the new access token, because the old refresh token
 * is already spent. The token store over a `StateStore` (memory, SQLite, PostgreSQL)
 * implements every member; a host-written one needs only the first three.
 */
export interface TokenStore {
  load(connectionId: string): Promise<StoredTokens | undefined>;
  /** Stores a new authorization (or a state change) whatever was stored before. */
  save(connectionId: string, tokens: StoredTokens): Promise<void>;
  delete(connectionId: string): Promise<void>;
  /**
   * Stores rotated tokens only if the stored version still equals `expectedVersion` (the
   * `version` they were loaded with); false when another writer came first. The token
   * manager writes every refresh through this when it exists.
   */
  compareAndSave?(
    connectionId: string,
    expectedVersion: number,
    tokens: StoredTokens,
  ): Promise<boolean>;
  /**
   * The lock that serializes refreshes across every process sharing this store; the
   * connection uses it unless given another. Absent: one process only.
   */
  readonly lock?: Lock;
}

/**
 * A token store in memory (the default; tokens are lost on restart, so hosts should pass a
 * persistent one).
 */
export function createMemoryTokenStore(): TokenStore {
  const tokens = new Map<string, StoredTokens>();
  return {
    load: async (id) => {
      const stored = tokens.get(id);
      return stored && { ...stored };
    },
    save: async (id, value) => {
      tokens.set(id, { ...value, version: (tokens.get(id)?.version ?? 0) + 1 });
    },
    compareAndSave: async (id, expectedVersion, value) => {
      const stored = tokens.get(id);
      if (!stored || stored.version !== expectedVersion) return false;
      tokens.set(id, { ...value, version: expectedVersion + 1 });
      return true;
    },
    delete: async (id) => {
      tokens.delete(id);
    },
  };
}
