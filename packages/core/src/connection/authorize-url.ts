/** The OAuth host. */
export const FORTNOX_AUTH_BASE_URL = 'https://apps.fortnox.se';

/** Options of {@link buildAuthorizeUrl}. */
export interface AuthorizeUrlOptions {
  clientId: string;
  /** Scopes, e.g. `['customer', 'article', 'order', 'invoice']` (case-sensitive). */
  scopes: readonly string[];
  /** Must equal the URI registered in the Developer Portal and the one sent to the token call. */
  redirectUri?: string;
  /** CSRF protection, echoed back on the redirect. @default a random UUID */
  state?: string;
  /**
   * Ask the customer's administrator to approve a service account (needed for the
   * client-credentials mode). @default false
   */
  serviceAccount?: boolean;
  /** @default 'https://apps.fortnox.se' */
  authBaseUrl?: string;
}

/** The URL to send the user to, and the state to check on return. */
export interface AuthorizeUrl {
  url: string;
  state: string;
}

/**
 * Builds Fortnox's authorization URL (`/oauth-v1/auth`, `access_type=offline`,
 * `response_type=code`). Keep `state` (e.g. in the session) and pass it to `exchangeCode`.
 *
 * @example
 * const { url, state } = buildAuthorizeUrl({ clientId, scopes: ['customer'], serviceAccount: true });
 */
export function buildAuthorizeUrl(options: AuthorizeUrlOptions): AuthorizeUrl {
  const state = options.state ?? crypto.randomUUID();
  const url = new URL('/oauth-v1/auth', options.authBaseUrl ?? FORTNOX_AUTH_BASE_URL);
  url.searchParams.set('client_id', options.clientId);
  if (options.redirectUri) url.searchParams.set('redirect_uri', options.redirectUri);
  url.searchParams.set('scope', options.scopes.join(' '));
  url.searchParams.set('state', state);
  url.searchParams.set('access_type', 'offline');
  url.searchParams.set('response_type', 'code');
  if (options.serviceAccount) url.searchParams.set('account_type', 'service');
  return { url: url.toString(), state };
}
