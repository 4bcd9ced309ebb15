import type { ConnectionState, ConnectResponse } from '@fortnox-kit/core/contract';
import { DemoError, type HostApi } from './host-api.js';

/** What the OAuth round trip showed on the way, for the demo's output. */
export interface OAuthTrace {
  consentTitle: string;
  companyChoice: string;
  scopes: string;
  callbackUrl: string;
  landedOn: string;
  state: ConnectionState;
}

/**
 * Connects the way a browser would, over plain HTTP: the host's connect route gives the
 * authorize URL, the emulator's consent page is fetched and its form approved, Fortnox
 * redirects to the host's callback with `code` and `state`, and the callback exchanges the
 * code and redirects back into the app.
 */
export async function connectThroughOAuth(api: HostApi, apiUrl: string): Promise<OAuthTrace> {
  const { authorizeUrl } = await api.post<ConnectResponse>('/connection/connect', {
    mode: 'redirect',
    returnTo: '/installningar',
  });
  const consent = await fetch(authorizeUrl);
  const html = await consent.text();
  if (!consent.ok)
    throw new DemoError({
      sv: `Samtyckessidan svarade ${consent.status}: ${html}`,
      en: `The consent page answered ${consent.status}: ${html}`,
    });
  const form = parseConsentForm(html, authorizeUrl);

  const approval = await fetch(form.action, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...form.fields, decision: 'allow' }),
    redirect: 'manual',
  });
  const callbackUrl = approval.headers.get('location');
  if (approval.status !== 302 || !callbackUrl?.startsWith(apiUrl)) {
    throw new DemoError({
      sv: `Godkännandet ledde inte till callback (${approval.status}).`,
      en: `Approving did not redirect to the callback (${approval.status}).`,
    });
  }
  const callback = await fetch(callbackUrl, { redirect: 'manual' });
  const landedOn = callback.headers.get('location') ?? '';
  if (callback.status !== 302 || !landedOn.includes('fortnox=connected')) {
    throw new DemoError({
      sv: `OAuth-callbacken anslöt inte: ${callback.status} → ${landedOn}`,
      en: `The OAuth callback did not connect: ${callback.status} → ${landedOn}`,
    });
  }
  const state = await api.get<ConnectionState>('/connection');
  if (state.status !== 'connected')
    throw new DemoError({
      sv: `Anslutningen är ${state.status}.`,
      en: `Connection is ${state.status}.`,
    });
  return {
    consentTitle: /<h1>([^<]*)<\/h1>/.exec(html)?.[1] ?? '',
    companyChoice: form.companyLabel,
    scopes: form.fields.scope ?? '',
    callbackUrl: redactQuery(callbackUrl),
    landedOn: new URL(landedOn).pathname + new URL(landedOn).search,
    state,
  };
}

function parseConsentForm(html: string, pageUrl: string) {
  const action = /<form[^>]*action="([^"]*)"/.exec(html)?.[1];
  if (!action)
    throw new DemoError({
      sv: 'Samtyckessidan har inget formulär.',
      en: 'The consent page has no form.',
    });
  const fields: Record<string, string> = {};
  for (const match of html.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)) {
    fields[decode(match[1] ?? '')] = decode(match[2] ?? '');
  }
  const option = /<option value="(\d+)">([^<]*)<\/option>/.exec(html);
  if (option?.[1]) fields.tenant_id = option[1];
  return {
    action: new URL(decode(action), pageUrl).toString(),
    fields,
    companyLabel: decode(option?.[2] ?? ''),
  };
}

const decode = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&amp;/g, '&');

/** The callback URL with the one-time code shortened (it is a credential for 10 minutes). */
function redactQuery(url: string): string {
  const parsed = new URL(url);
  const code = parsed.searchParams.get('code');
  if (code) parsed.searchParams.set('code', `${code.slice(0, 6)}…`);
  const state = parsed.searchParams.get('state');
  if (state) parsed.searchParams.set('state', `${state.slice(0, 6)}…`);
  return decodeURIComponent(parsed.toString());
}
