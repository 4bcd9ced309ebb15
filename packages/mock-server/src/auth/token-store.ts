import { encodeJwt, randomToken } from './jwt.js';
import { ALL_SCOPES } from './scopes.js';

const HOUR = 3_600_000;
/** Authorization codes live 10 minutes. */
export const CODE_LIFETIME_MS = 10 * 60_000;
/** Access tokens live 1 hour. */
export const ACCESS_TOKEN_LIFETIME_MS = HOUR;
/** Refresh tokens live 45 days. */
export const REFRESH_TOKEN_LIFETIME_MS = 45 * 24 * HOUR;

/** An integration registered in the (emulated) Developer Portal. */
export interface ClientApp {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  allowServiceAccount: boolean;
}

/** A consent: one chain of tokens for one client and tenant. Revoking it kills the chain. */
export interface Grant {
  id: string;
  clientId: string;
  tenantId: number;
  scopes: string[];
  service: boolean;
  revoked: boolean;
}

export interface AccessTokenEntry {
  grantId: string;
  clientId: string;
  tenantId: number;
  scopes: string[];
  expiresAt: number;
}

interface RefreshEntry {
  grantId: string;
  expiresAt: number;
  used: boolean;
}

interface CodeEntry {
  clientId: string;
  tenantId: number;
  scopes: string[];
  redirectUri: string;
  expiresAt: number;
  service: boolean;
}

/** Tokens as the emulator answers them from `/oauth-v1/token`. */
export interface TokenSet {
  accessToken: string;
  refreshToken?: string;
  expiresIn: number;
  scope: string;
  tenantId: number;
}

/** What happened to refresh tokens presented at `/oauth-v1/token`. */
export interface RefreshCounts {
  /** Refresh tokens spent: each one issued a new token pair. */
  refreshed: number;
  /** Refresh tokens presented again after they were spent (a refresh race; revokes the grant). */
  reused: number;
}

/** Clients, consents, codes and tokens. */
export class TokenStore {
  /** Counts since the emulator started (a fleet benchmark reads them). */
  readonly refreshCounts: RefreshCounts = { refreshed: 0, reused: 0 };
  readonly clients = new Map<string, ClientApp>();
  readonly grants = new Map<string, Grant>();
  readonly access = new Map<string, AccessTokenEntry>();
  private readonly refresh = new Map<string, RefreshEntry>();
  private readonly codes = new Map<string, CodeEntry>();

  registerClient(input: Partial<ClientApp> = {}): ClientApp {
    const app: ClientApp = {
      clientId: input.clientId ?? `client-${randomToken(9)}`,
      clientSecret: input.clientSecret ?? randomToken(18),
      redirectUri: input.redirectUri ?? 'http://localhost:3000/callback',
      allowServiceAccount: input.allowServiceAccount ?? false,
    };
    this.clients.set(app.clientId, app);
    return app;
  }

  createCode(entry: CodeEntry): string {
    const code = randomToken(18);
    this.codes.set(code, entry);
    return code;
  }

  /** Takes a code (single use); undefined when unknown or already used. */
  takeCode(code: string): CodeEntry | undefined {
    const entry = this.codes.get(code);
    this.codes.delete(code);
    return entry;
  }

  /** A new grant for a client and tenant (a service consent replaces the previous one). */
  createGrant(
    clientId: string,
    tenantId: number,
    scopes: readonly string[] | undefined,
    service: boolean,
  ): Grant {
    const grant: Grant = {
      id: randomToken(12),
      clientId,
      tenantId,
      scopes: [...(scopes ?? ALL_SCOPES)],
      service,
      revoked: false,
    };
    this.grants.set(grant.id, grant);
    return grant;
  }

  /** The live service consent of a client for a tenant. */
  serviceGrant(clientId: string, tenantId: number): Grant | undefined {
    let found: Grant | undefined;
    for (const grant of this.grants.values()) {
      if (
        grant.service &&
        !grant.revoked &&
        grant.clientId === clientId &&
        grant.tenantId === tenantId
      )
        found = grant;
    }
    return found;
  }

  issue(grant: Grant, now: number, withRefresh: boolean): TokenSet {
    const scope = grant.scopes.join(' ');
    const accessToken = encodeJwt({
      tenantId: grant.tenantId,
      clientId: grant.clientId,
      scope,
      iat: Math.floor(now / 1000),
      exp: Math.floor((now + ACCESS_TOKEN_LIFETIME_MS) / 1000),
      jti: randomToken(9),
    });
    this.access.set(accessToken, {
      grantId: grant.id,
      clientId: grant.clientId,
      tenantId: grant.tenantId,
      scopes: grant.scopes,
      expiresAt: now + ACCESS_TOKEN_LIFETIME_MS,
    });
    const set: TokenSet = { accessToken, expiresIn: 3600, scope, tenantId: grant.tenantId };
    if (withRefresh) {
      const refreshToken = randomToken(24);
      this.refresh.set(refreshToken, {
        grantId: grant.id,
        expiresAt: now + REFRESH_TOKEN_LIFETIME_MS,
        used: false,
      });
      set.refreshToken = refreshToken;
    }
    return set;
  }

  /**
   * Spends a refresh token. A token used twice revokes its whole grant (Fortnox's answer
   * to parallel refreshes); with `singleUse` off, reuse is allowed.
   */
  spendRefreshToken(token: string, now: number, singleUse: boolean): Grant | undefined {
    const entry = this.refresh.get(token);
    if (!entry) return undefined;
    const grant = this.grants.get(entry.grantId);
    if (!grant || grant.revoked || entry.expiresAt <= now) return undefined;
    if (entry.used) this.refreshCounts.reused++;
    if (entry.used && singleUse) {
      grant.revoked = true;
      return undefined;
    }
    entry.used = true;
    this.refreshCounts.refreshed++;
    return grant;
  }

  /** Revokes the grant a refresh or access token belongs to. */
  revoke(token: string): boolean {
    const grantId = this.refresh.get(token)?.grantId ?? this.access.get(token)?.grantId;
    const grant = grantId ? this.grants.get(grantId) : undefined;
    if (!grant) return false;
    grant.revoked = true;
    return true;
  }

  /** The live access-token entry, or why it is rejected. */
  check(
    token: string,
    now: number,
    checkExpiry: boolean,
  ): AccessTokenEntry | 'invalid' | 'expired' {
    const entry = this.access.get(token);
    if (!entry) return 'invalid';
    if (this.grants.get(entry.grantId)?.revoked) return 'invalid';
    if (checkExpiry && entry.expiresAt <= now) return 'expired';
    return entry;
  }
}
