import { describe, expect, it } from 'vitest';
import { AUTH, useEmulator } from '../test-support.js';
import { decodeJwt } from './jwt.js';

const f = useEmulator();
const REDIRECT = 'http://localhost:3000/callback';

const basic = () => `Basic ${btoa(`${f.clientId}:${f.clientSecret}`)}`;

function token(form: Record<string, string>, headers: Record<string, string> = {}) {
  return fetch(`${AUTH}/oauth-v1/token`, {
    method: 'POST',
    headers: {
      Authorization: basic(),
      'Content-Type': 'application/x-www-form-urlencoded',
      ...headers,
    },
    body: new URLSearchParams(form),
  });
}

async function authorize(extra: Record<string, string> = {}): Promise<URL> {
  const query = new URLSearchParams({
    client_id: f.clientId,
    redirect_uri: REDIRECT,
    scope: 'customer article',
    state: 'xyz',
    response_type: 'code',
    access_type: 'offline',
    ...extra,
  });
  const page = await fetch(`${AUTH}/oauth-v1/auth?${query}`);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('<form method="post"');
  const consent = await fetch(`${AUTH}/oauth-v1/auth`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      ...Object.fromEntries(query),
      tenant_id: String(f.tenantId),
      decision: 'allow',
    }),
  });
  expect(consent.status).toBe(302);
  return new URL(consent.headers.get('location') ?? '');
}

async function codeTokens() {
  const back = await authorize();
  const res = await token({
    grant_type: 'authorization_code',
    code: back.searchParams.get('code') ?? '',
    redirect_uri: REDIRECT,
  });
  return (await res.json()) as {
    access_token: string;
    refresh_token: string;
    expires_in: number;
    scope: string;
  };
}

describe('OAuth', () => {
  it('walks the authorization-code flow: consent page, 302 with code and state, token exchange', async () => {
    const back = await authorize();
    expect(back.searchParams.get('state')).toBe('xyz');
    const res = await token({
      grant_type: 'authorization_code',
      code: back.searchParams.get('code') ?? '',
      redirect_uri: REDIRECT,
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({
      expires_in: 3600,
      token_type: 'bearer',
      scope: 'customer article',
    });
    expect(decodeJwt(body.access_token)?.tenantId).toBe(f.tenantId);
    const api = await fetch('https://api.fortnox.se/3/customers/1', {
      headers: { Authorization: `Bearer ${body.access_token}` },
    });
    expect(api.status).toBe(200);
  });

  it('rejects a token request whose redirect_uri differs from the one sent to /auth', async () => {
    const back = await authorize();
    const res = await token({
      grant_type: 'authorization_code',
      code: back.searchParams.get('code') ?? '',
      redirect_uri: 'http://evil/cb',
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error).toBe('invalid_grant');
  });

  it('expires authorization codes after 10 minutes', async () => {
    const back = await authorize();
    f.emulator.control.advanceClock(10 * 60_000 + 1);
    const res = await token({
      grant_type: 'authorization_code',
      code: back.searchParams.get('code') ?? '',
      redirect_uri: REDIRECT,
    });
    expect((await res.json()).error).toBe('invalid_grant');
  });

  it('rejects bad client credentials with 401 invalid_client', async () => {
    const res = await token(
      { grant_type: 'refresh_token', refresh_token: 'x' },
      { Authorization: `Basic ${btoa('a:b')}` },
    );
    expect(res.status).toBe(401);
    expect((await res.json()).error).toBe('invalid_client');
  });

  it('rotates refresh tokens: a refresh returns a new access and a new refresh token', async () => {
    const first = await codeTokens();
    const res = await token({ grant_type: 'refresh_token', refresh_token: first.refresh_token });
    const second = await res.json();
    expect(second.refresh_token).not.toBe(first.refresh_token);
    expect(second.access_token).not.toBe(first.access_token);
  });

  it('fails a reused refresh token with invalid_grant and revokes the whole grant', async () => {
    const first = await codeTokens();
    const second = await (
      await token({ grant_type: 'refresh_token', refresh_token: first.refresh_token })
    ).json();
    const reuse = await token({ grant_type: 'refresh_token', refresh_token: first.refresh_token });
    expect(reuse.status).toBe(400);
    expect((await reuse.json()).error).toBe('invalid_grant');
    const api = await fetch('https://api.fortnox.se/3/customers', {
      headers: { Authorization: `Bearer ${second.access_token}` },
    });
    expect(api.status).toBe(401);
    const next = await token({ grant_type: 'refresh_token', refresh_token: second.refresh_token });
    expect((await next.json()).error).toBe('invalid_grant');
  });

  it('gives client_credentials tokens for a tenant with a service consent (TenantId header)', async () => {
    await authorize({ account_type: 'service' }).then((back) =>
      token({
        grant_type: 'authorization_code',
        code: back.searchParams.get('code') ?? '',
        redirect_uri: REDIRECT,
      }),
    );
    const res = await token({ grant_type: 'client_credentials' }, { TenantId: String(f.tenantId) });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.refresh_token).toBeUndefined();
    expect(decodeJwt(body.access_token)?.tenantId).toBe(f.tenantId);
  });

  it('refuses client_credentials without a service consent', async () => {
    const res = await token({ grant_type: 'client_credentials' }, { TenantId: String(f.tenantId) });
    expect(res.status).toBe(400);
  });

  it('refuses account_type=service for a client that does not allow service accounts', async () => {
    const app = f.emulator.registerClient({ redirectUri: REDIRECT });
    const query = new URLSearchParams({
      client_id: app.clientId,
      redirect_uri: REDIRECT,
      scope: 'customer',
      state: 's',
      response_type: 'code',
      account_type: 'service',
    });
    const res = await fetch(`${AUTH}/oauth-v1/auth?${query}`);
    expect(res.status).toBe(400);
    expect((await res.json()).error_description).toBe('Client does not allow service account');
  });

  it('revokes a grant through /oauth-v1/revoke', async () => {
    const tokens = await codeTokens();
    const res = await fetch(`${AUTH}/oauth-v1/revoke`, {
      method: 'POST',
      headers: { Authorization: basic(), 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token_type_hint: 'refresh_token', token: tokens.refresh_token }),
    });
    expect(res.status).toBe(200);
    const api = await fetch('https://api.fortnox.se/3/customers', {
      headers: { Authorization: `Bearer ${tokens.access_token}` },
    });
    expect(api.status).toBe(401);
  });

  it('redirects with error=access_denied when the user declines', async () => {
    const query = new URLSearchParams({
      client_id: f.clientId,
      scope: 'customer',
      state: 'st',
      response_type: 'code',
      decision: 'deny',
    });
    const res = await fetch(`${AUTH}/oauth-v1/auth?${query}`, { redirect: 'manual' });
    const back = new URL(res.headers.get('location') ?? '');
    expect(back.searchParams.get('error')).toBe('access_denied');
    expect(back.searchParams.get('state')).toBe('st');
  });
});
