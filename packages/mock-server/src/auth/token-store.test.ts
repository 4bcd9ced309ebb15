import { describe, expect, it } from 'vitest';
import { AUTH, useEmulator } from '../test-support.js';

const f = useEmulator();

function refresh(refreshToken: string) {
  return fetch(`${AUTH}/oauth-v1/token`, {
    method: 'POST',
    headers: {
      Authorization: `Basic ${btoa(`${f.clientId}:${f.clientSecret}`)}`,
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken }),
  });
}

describe('token store counts and issue times', () => {
  it('counts each spent refresh token once, and a refresh token presented again as reused', async () => {
    const { refreshToken } = f.emulator.issueTokens({ clientId: f.clientId, tenantId: f.tenantId });
    expect(f.emulator.tokens.refreshCounts).toEqual({ refreshed: 0, reused: 0 });
    expect((await refresh(refreshToken ?? '')).status).toBe(200);
    expect(f.emulator.tokens.refreshCounts).toEqual({ refreshed: 1, reused: 0 });
    expect((await refresh(refreshToken ?? '')).status).toBe(400);
    expect(f.emulator.tokens.refreshCounts).toEqual({ refreshed: 1, reused: 1 });
  });

  it('issues tokens at a past issuedAt: the access token expires one hour after it', async () => {
    const now = f.emulator.clock.now();
    const { accessToken } = f.emulator.issueTokens({
      clientId: f.clientId,
      tenantId: f.tenantId,
      issuedAt: now - 3_600_000 + 60_000,
    });
    expect(f.emulator.tokens.access.get(accessToken)?.expiresAt).toBe(now + 60_000);
    f.token = accessToken;
    expect((await f.api('/3/companyinformation')).status).toBe(200);
    f.emulator.clock.advance(60_000);
    expect((await f.api('/3/companyinformation')).status).toBe(401);
  });
});
