import { describe, expect, it } from 'vitest';
import { errorCode, useEmulator } from '../test-support.js';

const f = useEmulator({});

describe('REST access rules', () => {
  it('answers an unknown path with an HTML 404, as Fortnox does', async () => {
    const res = await f.api('/3/nosuchthing');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('text/html');
  });

  it('answers 401 without a token', async () => {
    const res = await f.api('/3/customers', { headers: { Authorization: '' } });
    expect(res.status).toBe(401);
    expect(await errorCode(res)).toBe(2000311);
  });

  it('answers 401 once the access token is an hour old', async () => {
    f.emulator.control.advanceClock(3_600_000);
    expect((await f.api('/3/customers')).status).toBe(401);
  });

  it('answers 403 with 2000663 when the token lacks the scope', async () => {
    const { accessToken } = f.emulator.issueTokens({
      clientId: f.clientId,
      tenantId: f.tenantId,
      scopes: ['article'],
    });
    const res = await f.api('/3/customers', {
      headers: { Authorization: `Bearer ${accessToken}` },
    });
    expect(res.status).toBe(403);
    expect(await errorCode(res)).toBe(2000663);
  });

  it('answers 429 on the 26th request within 5 seconds, and recovers when the window slides', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 26; i++) statuses.push((await f.api('/3/companyinformation')).status);
    expect(statuses.slice(0, 25).every((s) => s === 200)).toBe(true);
    expect(statuses[25]).toBe(429);
    f.emulator.control.advanceClock(5_001);
    expect((await f.api('/3/companyinformation')).status).toBe(200);
  });

  it('counts the rate limit per client and tenant', async () => {
    for (let i = 0; i < 25; i++) await f.api('/3/companyinformation');
    const other = f.emulator.createTenant({ seed: 2, size: 0 });
    const { accessToken } = f.emulator.issueTokens({
      clientId: f.clientId,
      tenantId: other.tenantId,
    });
    const res = await f.api('/3/companyinformation', {
      headers: { Authorization: `Bearer ${accessToken}` },
    });
    expect(res.status).toBe(200);
  });

  it('keeps tenants isolated', async () => {
    const other = f.emulator.createTenant({ seed: 2, size: 0 });
    const { accessToken } = f.emulator.issueTokens({
      clientId: f.clientId,
      tenantId: other.tenantId,
    });
    await f.api('/3/customers', { method: 'POST', json: { Customer: { Name: 'Bara här' } } });
    const res = await f.api('/3/customers', {
      headers: { Authorization: `Bearer ${accessToken}` },
    });
    expect((await res.json()).MetaInformation['@TotalResources']).toBe(0);
  });

  it('returns the tenant id as DatabaseNumber in company information', async () => {
    const body = await (await f.api('/3/companyinformation')).json();
    expect(body.CompanyInformation.DatabaseNumber).toBe(f.tenantId);
  });
});
