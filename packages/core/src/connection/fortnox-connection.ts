import type {
  AccessTokenProvider,
  GetAccessTokenOptions,
} from '../client/access-token-provider.js';
import { createRedactingLogger, type FortnoxLogger, silentLogger } from '../client/logger.js';
import type { Clock } from '../env/clock.js';
import { systemClock } from '../env/clock.js';
import { FortnoxAuthError, isFortnoxAuthError } from '../errors/fortnox-auth-error.js';
import { type AuthorizeUrl, buildAuthorizeUrl, FORTNOX_AUTH_BASE_URL } from './authorize-url.js';
import {
  type ConnectionSnapshot,
  type ConnectionStateStore,
  createConnectionState,
} from './connection-state.js';
import { type Lock, processLock } from './lock.js';
import { createOAuthClient } from './oauth-client.js';
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
  /** @default processLock (one in-process lock shared by every connection object) */
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
  const lock = options.lock ?? processLock;
  const margin = options.refreshMarginMs ?? 300_000;
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
  let cached: StoredTokens | undefined;
  let inflight: Promise<string> | undefined;
  // Refresh tokens Fortnox has answered for: never sent again (they are single-use).
  // Shared by every connection object of this connection in the process.
  const spent = spentRefreshTokens(lockKey);
  const secrets = () =>
    [options.clientSecret, cached?.accessToken, cached?.refreshToken].filter(
      (s): s is string => !!s,
    );
  const logger = createRedactingLogger(options.logger ?? silentLogger, secrets);

  const publish = (tokens: StoredTokens | undefined, reason?: string) => {
    if (!tokens) return state.set({ status: 'not_connected' });
    state.set({
      status: tokens.status,
      tenantId: tokens.tenantId,
      scope: tokens.scope,
      connectedAt: tokens.connectedAt,
      reason:
        tokens.status === 'reconnect_needed' ? (reason ?? state.getSnapshot().reason) : undefined,
    });
  };

  const isFresh = (tokens: StoredTokens) => tokens.expiresAt - margin > clock.now();

  const reconnectError = (message: string) =>
    new FortnoxAuthError(message, { reconnectRequired: true, oauthError: 'invalid_grant' });

  const markReconnectNeeded = async (tokens: StoredTokens, reason: string) => {
    const next: StoredTokens = { ...tokens, status: 'reconnect_needed' };
    await store.save(id, next);
    cached = next;
    publish(next, reason);
  };

  const obtainNewTokens = async (current: StoredTokens | undefined): Promise<StoredTokens> => {
    if (mode === 'client-credentials') {
      const next = await oauth.clientCredentials(String(options.tenantId));
      return { ...next, connectedAt: current?.connectedAt ?? clock.now() };
    }
    const refreshToken = current?.refreshToken;
    if (!current || !refreshToken)
      throw reconnectError('Fortnox is not connected: no refresh token stored.');
    if (spent.has(refreshToken)) {
      const reason =
        'The stored Fortnox refresh token was already used; the token store did not keep the new one.';
      await markReconnectNeeded(current, reason);
      throw reconnectError(reason);
    }
    try {
      const next = await oauth.refresh(refreshToken);
      spent.add(refreshToken);
      return {
        ...next,
        refreshToken: next.refreshToken ?? refreshToken,
        connectedAt: current.connectedAt,
      };
    } catch (error) {
      // A 4xx is a definite answer: the token is spent. After a 5xx or no answer it may
      // still be valid, so a later call may try it once more.
      if (isFortnoxAuthError(error) && (error.status ?? 500) < 500) {
        spent.add(refreshToken);
        if (error.reconnectRequired) await markReconnectNeeded(current, error.message);
      }
      throw error;
    }
  };

  const refresh = (rejectedToken: string | undefined) =>
    lock.withLock(lockKey, async () => {
      // Another caller or process may have refreshed while we waited for the lock.
      const stored = await store.load(id);
      if (stored?.status === 'reconnect_needed') {
        cached = stored;
        publish(stored);
        throw reconnectError('Fortnox needs to be connected again.');
      }
      if (stored && stored.accessToken !== rejectedToken && isFresh(stored)) {
        cached = stored;
        publish(stored);
        return stored.accessToken;
      }
      const next = await obtainNewTokens(stored);
      // Stored before use: the old refresh token is spent from this moment.
      await store.save(id, next);
      cached = next;
      publish(next);
      logger.info(`Fortnox access token renewed for connection ${id}`);
      return next.accessToken;
    });

  return {
    connectionId: id,
    connectionKey: `${options.clientId}:${id}`,
    subscribe: state.subscribe,
    getSnapshot: state.getSnapshot,
    secrets,

    async getAccessToken({ rejectedToken }: GetAccessTokenOptions = {}) {
      if (cached?.status === 'reconnect_needed')
        throw reconnectError('Fortnox needs to be connected again.');
      if (cached && cached.accessToken !== rejectedToken && isFresh(cached))
        return cached.accessToken;
      if (!inflight) {
        inflight = refresh(rejectedToken).finally(() => {
          inflight = undefined;
        });
      }
      return inflight;
    },

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
      const tokens = await oauth.exchangeCode(code, options.redirectUri);
      const next: StoredTokens = { ...tokens, connectedAt: clock.now() };
      await lock.withLock(lockKey, () => store.save(id, next));
      cached = next;
      publish(next);
      return state.getSnapshot();
    },

    async load() {
      cached = await store.load(id);
      publish(cached);
      return state.getSnapshot();
    },

    async disconnect() {
      await lock.withLock(lockKey, async () => {
        const stored = await store.load(id);
        if (stored?.refreshToken && !spent.has(stored.refreshToken)) {
          try {
            await oauth.revoke(stored.refreshToken);
          } catch (error) {
            logger.warn(`Could not revoke the Fortnox grant of ${id}: ${String(error)}`);
          }
          spent.add(stored.refreshToken);
        }
        await store.delete(id);
        cached = undefined;
        publish(undefined);
      });
    },
  };
}

const spentByConnection = new Map<string, Set<string>>();

function spentRefreshTokens(key: string): Set<string> {
  let spent = spentByConnection.get(key);
  if (!spent) {
    spent = new Set();
    spentByConnection.set(key, spent);
  }
  return spent;
}
