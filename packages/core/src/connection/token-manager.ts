import type { GetAccessTokenOptions } from '../client/access-token-provider.js';
import type { FortnoxLogger } from '../client/logger.js';
import type { Clock } from '../env/clock.js';
import { FortnoxAuthError, isFortnoxAuthError } from '../errors/fortnox-auth-error.js';
import type { Lock } from './lock.js';
import type { OAuthClient } from './oauth-client.js';
import type { StoredTokens, TokenStore } from './token-store.js';

/** What {@link createTokenManager} needs. */
export interface TokenManagerDeps {
  connectionId: string;
  /** The lock key; also keys the process-wide set of spent refresh tokens. */
  lockKey: string;
  oauth: OAuthClient;
  store: TokenStore;
  lock: Lock;
  clock: Clock;
  /** Renew this long before expiry. */
  refreshMarginMs: number;
  /** Set for service accounts (client credentials): no refresh token is involved. */
  clientCredentialsTenantId?: string;
  logger: Required<FortnoxLogger>;
  /** Called with the tokens whenever they change (`undefined` = not connected). */
  onChange(tokens: StoredTokens | undefined, reason?: string): void;
}

/**
 * Access tokens for one connection with proactive, single-flight renewal (decisions/033,
 * 066): one in-flight promise per object, the refresh under `lock` (across processes when
 * the store is shared), the store re-read inside it, new tokens saved before use by
 * compare-and-set, spent refresh tokens never sent again.
 */
export function createTokenManager(deps: TokenManagerDeps) {
  const { store, clock, connectionId: id } = deps;
  const spent = spentRefreshTokens(deps.lockKey);
  let cached: StoredTokens | undefined;
  let inflight: Promise<string> | undefined;

  const remember = (tokens: StoredTokens | undefined, reason?: string) => {
    cached = tokens;
    deps.onChange(tokens, reason);
  };
  const isFresh = (t: StoredTokens) =>
    t.status === 'connected' && t.expiresAt - deps.refreshMarginMs > clock.now();

  /**
   * Writes tokens based on `base` (as loaded): through `compareAndSave` when the store has
   * it, so a writer that came first (another process, a new authorization) is never
   * overwritten. Returns what is stored afterwards: `next`, or the other writer's tokens.
   */
  const write = async (base: StoredTokens, next: StoredTokens) => {
    const fields = withoutVersion(next);
    if (base.version === undefined || !store.compareAndSave) {
      await store.save(id, fields);
      return next;
    }
    if (await store.compareAndSave(id, base.version, fields)) {
      return { ...fields, version: base.version + 1 };
    }
    deps.logger.warn(`Fortnox tokens of ${id} were changed by another writer; using theirs`);
    return store.load(id);
  };

  const saveNew = async (next: StoredTokens) => {
    await store.save(id, next);
    return next;
  };

  const markReconnectNeeded = async (tokens: StoredTokens, reason: string) => {
    const stored = await write(tokens, { ...tokens, status: 'reconnect_needed' });
    remember(stored, reason);
  };

  const refreshWith = async (current: StoredTokens | undefined): Promise<StoredTokens> => {
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
      const next = await deps.oauth.refresh(refreshToken);
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

  const obtainNewTokens = async (current: StoredTokens | undefined): Promise<StoredTokens> => {
    if (deps.clientCredentialsTenantId === undefined) return refreshWith(current);
    const next = await deps.oauth.clientCredentials(deps.clientCredentialsTenantId);
    return { ...next, connectedAt: current?.connectedAt ?? clock.now() };
  };

  const renew = (rejectedToken: string | undefined) =>
    deps.lock.withLock(deps.lockKey, async () => {
      // Another caller or process may have renewed (or reconnected) while we waited.
      const stored = await store.load(id);
      if (stored?.status === 'reconnect_needed') {
        remember(stored);
        throw reconnectError('Fortnox needs to be connected again.');
      }
      if (stored && stored.accessToken !== rejectedToken && isFresh(stored)) {
        remember(stored);
        return stored.accessToken;
      }
      const next = await obtainNewTokens(stored);
      // Saved before use: the old refresh token is spent from this moment.
      const saved = stored ? await write(stored, next) : await saveNew(next);
      remember(saved);
      if (saved?.status !== 'connected') {
        throw reconnectError('Fortnox needs to be connected again.');
      }
      deps.logger.info(`Fortnox access token renewed for connection ${id}`);
      return saved.accessToken;
    });

  return {
    /** A valid access token, renewed first if it expires within the margin or was rejected. */
    getAccessToken({ rejectedToken }: GetAccessTokenOptions = {}): Promise<string> {
      if (cached && cached.accessToken !== rejectedToken && isFresh(cached)) {
        return Promise.resolve(cached.accessToken);
      }
      inflight ??= renew(rejectedToken).finally(() => {
        inflight = undefined;
      });
      return inflight;
    },
    /** The tokens last seen (for redaction and state). */
    current: () => cached,
    /** Records tokens obtained elsewhere (code exchange, load, disconnect). */
    remember,
    /** Marks a refresh token as never to be sent again (after revoking it). */
    markSpent: (refreshToken: string) => spent.add(refreshToken),
    isSpent: (refreshToken: string) => spent.has(refreshToken),
  };
}

function withoutVersion({ version: _, ...tokens }: StoredTokens): StoredTokens {
  return tokens;
}

function reconnectError(message: string): FortnoxAuthError {
  return new FortnoxAuthError(message, { reconnectRequired: true, oauthError: 'invalid_grant' });
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
