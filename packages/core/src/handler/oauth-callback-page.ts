import type { FortnoxErrorCode, OAuthPopupMessage } from './contract.js';

/**
 * The tiny page the OAuth popup lands on: it posts {@link OAuthPopupMessage} to the window
 * that opened it (only to the host's own origin) and closes itself.
 */
export function oauthPopupPage(
  origin: string,
  status: 'connected' | 'error',
  code?: FortnoxErrorCode,
): Response {
  const message: OAuthPopupMessage = {
    type: 'fortnox-kit:oauth',
    status,
    ...(code ? { code } : {}),
  };
  // JSON inside <script>: escape "<" so no value can close the script element.
  const json = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>Fortnox</title></head><body>
<p>${status === 'connected' ? 'Fortnox är ansluten. Du kan stänga fönstret.' : 'Anslutningen till Fortnox misslyckades. Du kan stänga fönstret.'}</p>
<script>
if (window.opener) window.opener.postMessage(${json(message)}, ${json(origin)});
window.close();
</script></body></html>`;
  return new Response(html, {
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  });
}

/** The redirect back to the host app after the OAuth callback. */
export function oauthRedirect(
  requestUrl: string,
  returnTo: string | undefined,
  status: 'connected' | 'error',
  code?: FortnoxErrorCode,
): Response {
  const base = new URL(requestUrl);
  // Only same-origin targets: an attacker must not turn the callback into an open redirect.
  const target = new URL(returnTo ?? '/', base.origin);
  const location = target.origin === base.origin ? target : new URL('/', base.origin);
  location.searchParams.set('fortnox', status);
  if (code) location.searchParams.set('code', code);
  return new Response(null, {
    status: 302,
    headers: { location: location.toString(), 'cache-control': 'no-store' },
  });
}
