import type { AccessTokenProvider } from '../client/access-token-provider.js';
import { createRedactingLogger, type FortnoxLogger, silentLogger } from '../client/logger.js';
import type { Clock } from '../env/clock.js';
import { systemClock } from '../env/clock.js';
import { FortnoxAuthError } from '../errors/fortnox-auth-error.js';
import { type AuthorizeUrl, buildAuthorizeUrl, FORTNOX_AUTH_BASE_URL } from './authorize-url.js';
import {
  type ConnectionSnapshot,
  type ConnectionStateStore,
  createConnectionState,
} from './connection-state.js';
import { type Lock, processLock } from './lock.js';
import { createOAuthClient } from './oauth-client.js';
import { createTokenManager } from './token-manager.js';
import { createMemoryTokenStore, type StoredTokens, type TokenStore } from './token-store.js';

/** Options of {@link createFortnoxConnection}. */
export interface FortnoxConnectionOptions {
  clientId: string;
  clientSecret: string;
  /** The host's id for this connection (tenant, subgroup): the token store and lock key. */
  connectionId: string;
  /** Must match the Developer Portal; sent to `/auth` and to the code exchange. */
  redirectUri?: string;
  /** Scopes asked for by {@link FortnoxConnection.buildAuthorizeUrl}. @default [] */
  scopes?: readonly string[];
  /**
   * `authorization-code`: tokens from the OAuth redirect, rotated with single-use refresh
   * tokens. `client-credentials`: a service account; `tenantId` is required and a new
   * access token is fetched whenever needed (no refresh token, no refresh race).
   * @default 'authorization-code'
   */
  mode?: 'authorization-code' | 'client-credentials';
  /** The Fortnox tenant (DatabaseNumber) for `client-credentials`. */
  tenantId?: string | number;
  /** @default createMemoryTokenStore() */
  tokenStore?: TokenStore;
  /**
   * Serializes token refreshes. The default is the token store's own lock when it has one
   * (every store over a `StateStore` does: across processes), else {@link processLock}.
   * @default tokenStore.lock ?? processLock
   */
  lock?: Lock;
  /** @default systemClock */
  clock?: Clock;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
  /** @default 'https://apps.fortnox.se' */
  authBaseUrl?: string;
  /** Refresh this long before the access token expires. @default 300000 (5 min) */
  refreshMarginMs?: number;
  /** @default silentLogger */
  logger?: FortnoxLogger;
}

/** Options of {@link FortnoxConnection.exchangeCode}. */
export interface ExchangeCodeOptions {
  code: string;
  /** The `state` Fortnox echoed back on the redirect. */
  state: string;
  /** The `state` kept from `buildAuthorizeUrl`. */
  expectedState: string;
}

/**
 * One customer's Fortnox connection: OAuth, token storage, proactive single-flight refresh
 * and the observable "reconnect needed" state. Pass it as `auth` to `createFortnoxClient`.
 */
export interface FortnoxConnection extends AccessTokenProvider, ConnectionStateStore {
  readonly connectionId: string;
  readonly connectionKey: string;
  buildAuthorizeUrl(options?: { state?: string; serviceAccount?: boolean }): AuthorizeUrl;
  /** Checks `state`, exchanges the code and stores the tokens. */
  exchangeCode(options: ExchangeCodeOptions): Promise<ConnectionSnapshot>;
  /** Reads the stored state (e.g. after a restart) into the snapshot. */
  load(): Promise<ConnectionSnapshot>;
  /** Revokes the grant at Fortnox (best effort) and forgets the tokens. */
  disconnect(): Promise<void>;
}

/**
 * Creates a {@link FortnoxConnection}.
 *
 * @example
 * const connection = createFortnoxConnection({ clientId, clientSecret, connectionId: 'acme', tokenStore });
 * const client = createFortnoxClient({ auth: connection });
 * connection.subscribe(() => render(connection.getSnapshot()));
 */
export function createFortnoxConnection(options: FortnoxConnectionOptions): FortnoxConnection {
  const clock = options.clock ?? systemClock;
  const store = options.tokenStore ?? createMemoryTokenStore();
  const lock = options.lock ?? store.lock ?? processLock;
  const mode = options.mode ?? 'authorization-code';
  const authBaseUrl = options.authBaseUrl ?? FORTNOX_AUTH_BASE_URL;
  const id = options.connectionId;
  const lockKey = `fortnox-token:${options.clientId}:${id}`;
  if (mode === 'client-credentials' && options.tenantId === undefined) {
    throw new TypeError('createFortnoxConnection: client-credentials mode needs a tenantId');
  }
  const oauth = createOAuthClient({
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    authBaseUrl,
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    clock,
  });
  const state = createConnectionState({ status: 'not_connected' });
  const publish = (tokens: StoredTokens | undefined, reason?: string) => {
    if (!tokens) return state.set({ status: 'not_connected' });
    const previousReason = state.getSnapshot().reason;
    state.set({
      status: tokens.status,
      tenantId: tokens.tenantId,
      scope: tokens.scope,
      connectedAt: tokens.connectedAt,
      reason: tokens.status === 'reconnect_needed' ? (reason ?? previousReason) : undefined,
    });
  };
  const secrets = () => {
    const current = tokens.current();
    return [options.clientSecret, current?.accessToken, current?.refreshToken].filter(
      (s): s is string => !!s,
    );
  };
  const logger = createRedactingLogger(options.logger ?? silentLogger, secrets);
  const tokens = createTokenManager({
    connectionId: id,
    lockKey,
    oauth,
    store,
    lock,
    clock,
    refreshMarginMs: options.refreshMarginMs ?? 300_000,
    clientCredentialsTenantId: mode === 'client-credentials' ? String(options.tenantId) : undefined,
    logger,
    onChange: publish,
  });

  return {
    connectionId: id,
    connectionKey: `${options.clientId}:${id}`,
    subscribe: state.subscribe,
    getSnapshot: state.getSnapshot,
    secrets,
    getAccessToken: tokens.getAccessToken,

    buildAuthorizeUrl(extra = {}) {
      return buildAuthorizeUrl({
        clientId: options.clientId,
        redirectUri: options.redirectUri,
        scopes: options.scopes ?? [],
        authBaseUrl,
        ...extra,
      });
    },

    async exchangeCode({ code, state: returned, expectedState }) {
      if (!expectedState || returned !== expectedState) {
        throw new FortnoxAuthError(
          'The OAuth state does not match: the authorization was not started here.',
          {
            reconnectRequired: false,
            oauthError: 'state_mismatch',
          },
        );
      }
      const received = await oauth.exchangeCode(code, options.redirectUri);
      const next: StoredTokens = { ...received, connectedAt: clock.now() };
      await lock.withLock(lockKey, () => store.save(id, next));
      tokens.remember(next);
      return state.getSnapshot();
    },

    async load() {
      tokens.remember(await store.load(id));
      return state.getSnapshot();
    },

    async disconnect() {
      await lock.withLock(lockKey, async () => {
        const stored = await store.load(id);
        if (stored?.refreshToken && !tokens.isSpent(stored.refreshToken)) {
          try {
            await oauth.revoke(stored.refreshToken);
          } catch (error) {
            logger.warn(`Could not revoke the Fortnox grant of ${id}: ${String(error)}`);
          }
          tokens.markSpent(stored.refreshToken);
        }
        await store.delete(id);
        tokens.remember(undefined);
      });
    },
  };
}
