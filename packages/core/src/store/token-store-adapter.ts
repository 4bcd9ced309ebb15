import type { StoredTokens, TokenStore } from '../connection/token-store.js';
import type { Clock } from '../env/clock.js';
import { systemClock } from '../env/clock.js';
import type { ConnectionRecord } from './records.js';
import type { StateStore } from './state-store.js';

/**
 * The connection's `TokenStore` over a {@link StateStore}: tokens land in the connection
 * record, encrypted at rest by the store's cipher, so one SQLite file (or the host's own
 * store) holds tokens, links, runs and the send journal alike.
 *
 * @example
 * const connection = createFortnoxConnection({ clientId, clientSecret, connectionId, tokenStore: createStateStoreTokenStore(store) });
 */
export function createStateStoreTokenStore(
  store: StateStore,
  options: { clock?: Clock } = {},
): TokenStore {
  const clock = options.clock ?? systemClock;
  return {
    async load(connectionId) {
      const record = await store.getConnection(connectionId);
      if (!record?.tokens || record.status === 'disconnected') return undefined;
      return {
        accessToken: record.tokens.accessToken,
        expiresAt: record.tokens.accessTokenExpiresAt,
        ...(record.tokens.refreshToken ? { refreshToken: record.tokens.refreshToken } : {}),
        ...(record.tokens.scope ? { scope: record.tokens.scope } : {}),
        ...(record.tenantId ? { tenantId: record.tenantId } : {}),
        status: record.status === 'reconnect-needed' ? 'reconnect_needed' : 'connected',
        connectedAt: record.createdAt,
      } satisfies StoredTokens;
    },
    async save(connectionId, tokens) {
      const now = clock.now();
      const existing = await store.getConnection(connectionId);
      const next: ConnectionRecord = {
        id: connectionId,
        authKind: tokens.refreshToken ? 'authorization-code' : 'client-credentials',
        subgroup: existing?.subgroup ?? null,
        companyName: existing?.companyName ?? null,
        tokenVersion: (existing?.tokenVersion ?? 0) + 1,
        status: tokens.status === 'reconnect_needed' ? 'reconnect-needed' : 'connected',
        tenantId: tokens.tenantId ?? existing?.tenantId ?? null,
        tokens: {
          accessToken: tokens.accessToken,
          accessTokenExpiresAt: tokens.expiresAt,
          ...(tokens.refreshToken ? { refreshToken: tokens.refreshToken } : {}),
          ...(tokens.scope ? { scope: tokens.scope } : {}),
        },
        createdAt: tokens.connectedAt ?? existing?.createdAt ?? now,
        updatedAt: now,
      };
      await store.saveConnection(next);
    },
    async delete(connectionId) {
      await store.deleteConnection(connectionId);
    },
  };
}
