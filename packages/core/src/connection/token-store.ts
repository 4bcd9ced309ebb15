import { z } from 'zod';

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
});
/** The tokens and state of one connection. */
export type StoredTokens = z.infer<typeof StoredTokens>;

/**
 * Persists tokens per connection. `save` must be durable when it resolves: the kit stores
 * a new refresh token before it uses the new access token, because the old refresh token
 * is already spent. The SQLite and Postgres stores implement this interface.
 */
export interface TokenStore {
  load(connectionId: string): Promise<StoredTokens | undefined>;
  save(connectionId: string, tokens: StoredTokens): Promise<void>;
  delete(connectionId: string): Promise<void>;
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
      tokens.set(id, { ...value });
    },
    delete: async (id) => {
      tokens.delete(id);
    },
  };
}
