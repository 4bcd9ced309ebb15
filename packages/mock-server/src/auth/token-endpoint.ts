import { oauthError, readBasicAuth, readForm } from './oauth-errors.js';
import type { TokenSet, TokenStore } from './token-store.js';

/** What `/oauth-v1/token` and `/oauth-v1/revoke` need. */
export interface TokenEndpointDeps {
  tokens: TokenStore;
  now(): number;
  singleUseRefreshTokens: boolean;
}

function tokenResponse(set: TokenSet): Response {
  const body: Record<string, unknown> = {
    access_token: set.accessToken,
    scope: set.scope,
    expires_in: set.expiresIn,
    token_type: 'bearer',
  };
  if (set.refreshToken) body.refresh_token = set.refreshToken;
  return new Response(JSON.stringify(body), {
    status: 200,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

function authenticate(request: Request, deps: TokenEndpointDeps) {
  const credentials = readBasicAuth(request);
  const app = credentials && deps.tokens.clients.get(credentials.clientId);
  if (!app || app.clientSecret !== credentials.clientSecret) return undefined;
  return app;
}

/** `POST /oauth-v1/token`: authorization_code, refresh_token and client_credentials. */
export async function handleToken(request: Request, deps: TokenEndpointDeps): Promise<Response> {
  const app = authenticate(request, deps);
  if (!app) return oauthError(401, 'invalid_client', 'Invalid client credentials');
  const form = await readForm(request);
  const now = deps.now();
  switch (form.get('grant_type')) {
    case 'authorization_code': {
      const code = deps.tokens.takeCode(form.get('code') ?? '');
      if (!code || code.clientId !== app.clientId || code.expiresAt <= now) {
        return oauthError(400, 'invalid_grant', 'Invalid or expired authorization code');
      }
      if (form.get('redirect_uri') !== code.redirectUri) {
        return oauthError(
          400,
          'invalid_grant',
          'redirect_uri does not match the authorization request',
        );
      }
      const grant = deps.tokens.createGrant(app.clientId, code.tenantId, code.scopes, code.service);
      return tokenResponse(deps.tokens.issue(grant, now, true));
    }
    case 'refresh_token': {
      const grant = deps.tokens.spendRefreshToken(
        form.get('refresh_token') ?? '',
        now,
        deps.singleUseRefreshTokens,
      );
      if (!grant || grant.clientId !== app.clientId) {
        return oauthError(400, 'invalid_grant', 'Invalid refresh token');
      }
      return tokenResponse(deps.tokens.issue(grant, now, true));
    }
    case 'client_credentials': {
      const tenantId = Number(request.headers.get('tenantid'));
      if (!Number.isInteger(tenantId) || tenantId <= 0) {
        return oauthError(400, 'invalid_request', 'TenantId header is required');
      }
      const grant = app.allowServiceAccount
        ? deps.tokens.serviceGrant(app.clientId, tenantId)
        : undefined;
      if (!grant)
        return oauthError(400, 'invalid_grant', 'No service account consent for this tenant');
      return tokenResponse(deps.tokens.issue(grant, now, false));
    }
    default:
      return oauthError(400, 'unsupported_grant_type', 'Unsupported grant_type');
  }
}

/** `POST /oauth-v1/revoke`: revokes the grant of a refresh (or access) token. */
export async function handleRevoke(request: Request, deps: TokenEndpointDeps): Promise<Response> {
  if (!authenticate(request, deps))
    return oauthError(401, 'invalid_client', 'Invalid client credentials');
  const form = await readForm(request);
  deps.tokens.revoke(form.get('token') ?? '');
  return new Response(null, { status: 200 });
}
