import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupFortnoxMock } from './node.js';

const { emulator, server } = setupFortnoxMock();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('setupFortnoxMock', () => {
  it('serves the emulator through msw setupServer at the Fortnox base URLs', async () => {
    const { tenantId } = emulator.createTenant({ seed: 4, size: 10 });
    const { clientId } = emulator.registerClient();
    const { accessToken } = emulator.issueTokens({
      clientId,
      tenantId,
      scopes: ['companyinformation'],
    });
    const res = await fetch('https://api.fortnox.se/3/companyinformation', {
      headers: { Authorization: `Bearer ${accessToken}` },
    });
    expect((await res.json()).CompanyInformation.DatabaseNumber).toBe(tenantId);
    const auth = await fetch('https://apps.fortnox.se/oauth-v1/token', { method: 'POST' });
    expect(auth.status).toBe(401);
  });
});
