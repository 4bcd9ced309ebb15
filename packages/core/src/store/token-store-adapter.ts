import type { StoredTokens, TokenStore } from '../connection/token-store.js';
import type { Clock } from '../env/clock.js';
import { systemClock } from '../env/clock.js';
import type { ConnectionRecord, ConnectionTokens } from './records.js';
import type { StateStore } from './state-store.js';
import { createStoreLock } from './store-lock.js';

/** Options of {@link createStateStoreTokenStore}. */
export interface StateStoreTokenStoreOptions {
  /** @default systemClock */
  clock?: Clock;
}

/**
 * The connection's `TokenStore` over a {@link StateStore}: tokens land in the connection
 * record, encrypted at rest by the store's cipher, so one SQLite file (or PostgreSQL
 * database, or the host's own store) holds tokens, links, runs and the send journal alike.
 * Every token write is a compare-and-set on the record's `tokenVersion`, and its `lock`
 * (the store's leases) serializes refreshes across every process sharing the store
 * (decisions/066).
 *
 * @example
 * const connection = createFortnoxConnection({ clientId, clientSecret, connectionId, tokenStore: createStateStoreTokenStore(store) });
 */
export function createStateStoreTokenStore(
  store: StateStore,
  options: StateStoreTokenStoreOptions = {},
): TokenStore {
  const clock = options.clock ?? systemClock;
  const compareAndSave = async (id: string, expectedVersion: number, tokens: StoredTokens) => {
    const written = await store.compareAndSetTokens(id, expectedVersion, toRecordTokens(tokens), {
      status: tokens.status === 'reconnect_needed' ? 'reconnect-needed' : 'connected',
      authKind: tokens.refreshToken ? 'authorization-code' : 'client-credentials',
      ...(tokens.tenantId ? { tenantId: tokens.tenantId } : {}),
      ...(tokens.connectedAt ? { createdAt: tokens.connectedAt } : {}),
    });
    return written !== undefined;
  };
  return {
    lock: store.lock ?? createStoreLock(store, { clock }),
    async load(connectionId) {
      const record = await store.getConnection(connectionId);
      if (!record?.tokens || record.status === 'disconnected') return undefined;
      return toStoredTokens(record, record.tokens);
    },
    async save(connectionId, tokens) {
      // A new authorization replaces whatever is stored, still by compare-and-set, so it
      // never interleaves with a refresh's write.
      for (let attempt = 0; attempt < 5; attempt++) {
        const existing = await store.getConnection(connectionId);
        if (!existing) {
          await store.saveConnection(newRecord(connectionId, tokens, clock.now()));
          return;
        }
        if (await compareAndSave(connectionId, existing.tokenVersion, tokens)) return;
      }
      throw new Error(`The tokens of connection ${connectionId} keep changing; not saved.`);
    },
    compareAndSave,
    async delete(connectionId) {
      await store.deleteConnection(connectionId);
    },
  };
}

function toStoredTokens(record: ConnectionRecord, tokens: ConnectionTokens): StoredTokens {
  return {
    accessToken: tokens.accessToken,
    expiresAt: tokens.accessTokenExpiresAt,
    ...(tokens.refreshToken ? { refreshToken: tokens.refreshToken } : {}),
    ...(tokens.scope ? { scope: tokens.scope } : {}),
    ...(record.tenantId ? { tenantId: record.tenantId } : {}),
    status: record.status === 'reconnect-needed' ? 'reconnect_needed' : 'connected',
    connectedAt: record.createdAt,
    version: record.tokenVersion,
  };
}

function toRecordTokens(tokens: StoredTokens): ConnectionTokens {
  return {
    accessToken: tokens.accessToken,
    accessTokenExpiresAt: tokens.expiresAt,
    ...(tokens.refreshToken ? { refreshToken: tokens.refreshToken } : {}),
    ...(tokens.scope ? { scope: tokens.scope } : {}),
  };
}

function newRecord(id: string, tokens: StoredTokens, now: number): ConnectionRecord {
  return {
    id,
    authKind: tokens.refreshToken ? 'authorization-code' : 'client-credentials',
    subgroup: null,
    companyName: null,
    tokenVersion: 1,
    status: tokens.status === 'reconnect_needed' ? 'reconnect-needed' : 'connected',
    tenantId: tokens.tenantId ?? null,
    tokens: toRecordTokens(tokens),
    createdAt: tokens.connectedAt ?? now,
    updatedAt: now,
  };
}
