import { escapeHtml, oauthError, readForm } from './oauth-errors.js';
import { ALL_SCOPES } from './scopes.js';
import { CODE_LIFETIME_MS, type TokenStore } from './token-store.js';

/** What `/oauth-v1/auth` needs from the emulator. */
export interface AuthorizeDeps {
  tokens: TokenStore;
  now(): number;
  /** Tenants a user could log in to: id and company name. */
  tenants(): { tenantId: number; companyName: string }[];
  authPath: string;
}

const KNOWN_SCOPES = new Set<string>(ALL_SCOPES);

/**
 * `GET /oauth-v1/auth` shows a consent page; `POST` (the page's form) or a GET with
 * `decision=allow|deny` answers 302 back to the redirect URI with `code` and `state`.
 */
export async function handleAuthorize(request: Request, deps: AuthorizeDeps): Promise<Response> {
  const params = await readForm(request);
  const url = new URL(request.url);
  for (const [k, v] of url.searchParams) if (!params.has(k)) params.set(k, v);
  const clientId = params.get('client_id') ?? '';
  const app = deps.tokens.clients.get(clientId);
  if (!app) return oauthError(400, 'invalid_client', 'Unknown client_id');
  if (params.get('response_type') !== 'code') {
    return oauthError(400, 'unsupported_response_type', 'response_type must be code');
  }
  const state = params.get('state');
  if (!state) return oauthError(400, 'invalid_request', 'state is required');
  const scopes = (params.get('scope') ?? '').split(' ').filter(Boolean);
  if (scopes.length === 0 || scopes.some((s) => !KNOWN_SCOPES.has(s))) {
    return oauthError(400, 'invalid_scope', 'Unknown or missing scope');
  }
  const redirectUri = params.get('redirect_uri') ?? app.redirectUri;
  if (redirectUri !== app.redirectUri) {
    return oauthError(400, 'invalid_request', 'redirect_uri does not match the registered one');
  }
  const service = params.get('account_type') === 'service';
  if (service && !app.allowServiceAccount) {
    return oauthError(400, 'invalid_request', 'Client does not allow service account');
  }
  const decision = params.get('decision');
  if (request.method === 'GET' && decision === null) return consentPage(params, deps);
  const back = new URL(redirectUri);
  back.searchParams.set('state', state);
  if (decision !== 'allow') {
    back.searchParams.set('error', 'access_denied');
    return redirect(back);
  }
  const tenants = deps.tenants();
  const tenantId = Number(params.get('tenant_id') ?? tenants[0]?.tenantId);
  if (!tenants.some((t) => t.tenantId === tenantId)) {
    return oauthError(400, 'invalid_request', 'Unknown tenant');
  }
  const code = deps.tokens.createCode({
    clientId,
    tenantId,
    scopes,
    redirectUri,
    service,
    expiresAt: deps.now() + CODE_LIFETIME_MS,
  });
  back.searchParams.set('code', code);
  return redirect(back);
}

function redirect(location: URL): Response {
  return new Response(null, { status: 302, headers: { Location: location.toString() } });
}

function consentPage(params: URLSearchParams, deps: AuthorizeDeps): Response {
  const hidden = [...params]
    .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
    .join('');
  const options = deps
    .tenants()
    .map(
      (t) => `<option value="${t.tenantId}">${escapeHtml(t.companyName)} (${t.tenantId})</option>`,
    )
    .join('');
  const html = `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Fortnox – Godkänn integration</title></head><body>
<h1>Godkänn integration</h1><p>Integrationen <strong>${escapeHtml(params.get('client_id') ?? '')}</strong> begär behörighet: ${escapeHtml(params.get('scope') ?? '')}.</p>
<form method="post" action="${escapeHtml(deps.authPath)}">${hidden}
<label>Företag <select name="tenant_id">${options}</select></label>
<button type="submit" name="decision" value="allow">Godkänn</button>
<button type="submit" name="decision" value="deny">Avbryt</button></form></body></html>`;
  return new Response(html, {
    status: 200,
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
}
