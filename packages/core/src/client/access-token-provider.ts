import { tenantIdOf } from '../connection/oauth-client.js';

/** Options of {@link AccessTokenProvider.getAccessToken}. */
export interface GetAccessTokenOptions {
  /**
   * The token Fortnox just rejected with 401: the provider refreshes unless another
   * caller already replaced it.
   */
  rejectedToken?: string;
}

/**
 * Where the client gets its bearer token. A `FortnoxConnection` is one; a host with its own
 * token handling can pass any object with `getAccessToken`.
 */
export interface AccessTokenProvider {
  getAccessToken(options?: GetAccessTokenOptions): Promise<string>;
  /** Identifies the connection (client id + tenant) for the shared rate limiter. */
  readonly connectionKey?: string;
  /** Secrets to redact from errors and logs besides the access token (client secret...). */
  secrets?(): readonly string[];
}

/**
 * A provider for a fixed access token (scripts, tests). The rate-limit key defaults to the
 * token's `tenantId` claim, so fixed tokens of different tenants do not share a window.
 */
export function staticAccessToken(token: string, connectionKey?: string): AccessTokenProvider {
  const tenantId = tenantIdOf(token);
  return {
    connectionKey: connectionKey ?? (tenantId === undefined ? undefined : `tenant:${tenantId}`),
    getAccessToken: async () => token,
    secrets: () => [token],
  };
}
