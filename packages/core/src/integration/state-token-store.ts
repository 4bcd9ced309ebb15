import type { StoredTokens, TokenStore } from '../connection/token-store.js';
import type { ConnectionRecord } from '../store/records.js';
import type { StateStore } from '../store/state-store.js';

/**
 * The connection's {@link TokenStore} kept in the {@link StateStore}'s connection records,
 * so tokens live (encrypted) beside everything else the kit remembers and survive restarts.
 */
export function createStateTokenStore(store: StateStore, now: () => number): TokenStore {
  return {
    async load(connectionId) {
      const record = await store.getConnection(connectionId);
      if (!record?.tokens || record.status === 'disconnected') return undefined;
      return {
        accessToken: record.tokens.accessToken,
        refreshToken: record.tokens.refreshToken,
        expiresAt: record.tokens.accessTokenExpiresAt,
        scope: record.tokens.scope,
        tenantId: record.tenantId ?? undefined,
        status: record.status === 'reconnect-needed' ? 'reconnect_needed' : 'connected',
        connectedAt: record.createdAt,
      };
    },
    async save(connectionId, tokens: StoredTokens) {
      const existing = await store.getConnection(connectionId);
      const record: Partial<ConnectionRecord> = existing ?? {};
      await store.saveConnection({
        id: connectionId,
        status: tokens.status === 'reconnect_needed' ? 'reconnect-needed' : 'connected',
        authKind: tokens.refreshToken ? 'authorization-code' : 'client-credentials',
        tenantId: tokens.tenantId ?? record.tenantId ?? null,
        subgroup: record.subgroup ?? null,
        companyName: record.companyName ?? null,
        tokenVersion: (record.tokenVersion ?? 0) + 1,
        tokens: {
          accessToken: tokens.accessToken,
          refreshToken: tokens.refreshToken,
          accessTokenExpiresAt: tokens.expiresAt,
          scope: tokens.scope,
        },
        createdAt: tokens.connectedAt ?? record.createdAt ?? now(),
        updatedAt: now(),
      });
    },
    async delete(connectionId) {
      await store.deleteConnection(connectionId);
    },
  };
}
