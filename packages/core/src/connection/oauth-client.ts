import ky from 'ky';
import { z } from 'zod';
import type { Clock } from '../env/clock.js';
import { createFortnoxError } from '../errors/create-fortnox-error.js';
import type { StoredTokens } from './token-store.js';

const TokenResponse = z.object({
  access_token: z.string(),
  refresh_token: z.string().optional(),
  scope: z.string().optional(),
  expires_in: z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]).default(3600),
});

/** The token endpoint calls of one app (client id + secret). */
export interface OAuthClient {
  exchangeCode(code: string, redirectUri: string | undefined): Promise<StoredTokens>;
  refresh(refreshToken: string): Promise<StoredTokens>;
  clientCredentials(tenantId: string): Promise<StoredTokens>;
  revoke(refreshToken: string): Promise<void>;
}

/** Options of {@link createOAuthClient}. */
export interface OAuthClientOptions {
  clientId: string;
  clientSecret: string;
  authBaseUrl: string;
  fetch: typeof fetch;
  clock: Clock;
}

/** Calls `/oauth-v1/token` and `/oauth-v1/revoke` with Basic auth and form bodies. */
export function createOAuthClient(options: OAuthClientOptions): OAuthClient {
  const basic = btoa(`${options.clientId}:${options.clientSecret}`);
  const http = ky.create({
    prefixUrl: `${options.authBaseUrl.replace(/\/+$/, '')}/oauth-v1/`,
    fetch: options.fetch,
    retry: 0,
    throwHttpErrors: false,
    timeout: 30_000,
    headers: { Authorization: `Basic ${basic}`, Accept: 'application/json' },
  });

  const post = async (
    path: string,
    form: Record<string, string>,
    secrets: string[],
    headers?: Record<string, string>,
  ) => {
    const allSecrets = [options.clientSecret, basic, ...secrets];
    const request = { method: 'POST', url: `${options.authBaseUrl}/oauth-v1/${path}` };
    let response: Response;
    try {
      response = await http.post(path, { body: new URLSearchParams(form), headers: headers ?? {} });
    } catch (error) {
      throw createFortnoxError({ kind: 'network', cause: error, request }, allSecrets);
    }
    const body = await response.text();
    if (!response.ok)
      throw createFortnoxError(
        { kind: 'oauth', status: response.status, body, request },
        allSecrets,
      );
    return body;
  };

  const toTokens = (body: string): StoredTokens => {
    const parsed = TokenResponse.parse(JSON.parse(body));
    return {
      accessToken: parsed.access_token,
      refreshToken: parsed.refresh_token,
      scope: parsed.scope,
      expiresAt: options.clock.now() + parsed.expires_in * 1000,
      tenantId: tenantIdOf(parsed.access_token),
      status: 'connected',
    };
  };

  return {
    async exchangeCode(code, redirectUri) {
      const form: Record<string, string> = { grant_type: 'authorization_code', code };
      if (redirectUri) form.redirect_uri = redirectUri;
      return toTokens(await post('token', form, [code]));
    },
    async refresh(refreshToken) {
      return toTokens(
        await post('token', { grant_type: 'refresh_token', refresh_token: refreshToken }, [
          refreshToken,
        ]),
      );
    },
    async clientCredentials(tenantId) {
      const tokens = toTokens(
        await post('token', { grant_type: 'client_credentials' }, [], { TenantId: tenantId }),
      );
      return { ...tokens, tenantId: tokens.tenantId ?? tenantId };
    },
    async revoke(refreshToken) {
      await post('revoke', { token_type_hint: 'refresh_token', token: refreshToken }, [
        refreshToken,
      ]);
    },
  };
}

/** Reads the `tenantId` claim of a Fortnox JWT access token, if it has one. */
export function tenantIdOf(accessToken: string): string | undefined {
  const payload = accessToken.split('.')[1];
  if (!payload) return undefined;
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const claims: unknown = JSON.parse(atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '=')));
    const tenantId = (claims as { tenantId?: unknown }).tenantId;
    return tenantId === undefined || tenantId === null ? undefined : String(tenantId);
  } catch {
    return undefined;
  }
}
