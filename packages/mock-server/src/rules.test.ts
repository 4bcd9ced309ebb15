import { describe, expect, it } from 'vitest';
import { createFortnoxEmulator } from './emulator.js';

async function call(
  emulator: ReturnType<typeof createFortnoxEmulator>,
  token: string,
  path = '/3/customers',
) {
  return emulator.fetch(
    new Request(`https://api.fortnox.se${path}`, { headers: { Authorization: `Bearer ${token}` } }),
  );
}

function setup(rules: Parameters<typeof createFortnoxEmulator>[0]) {
  const emulator = createFortnoxEmulator(rules);
  const { tenantId } = emulator.createTenant({ size: 0 });
  const { clientId } = emulator.registerClient();
  return { emulator, tenantId, clientId };
}

describe('rules', () => {
  it('turns every rule on by default', () => {
    expect(createFortnoxEmulator().options.rules).toEqual({
      rateLimit: true,
      scopes: true,
      tokenExpiry: true,
      singleUseRefreshTokens: true,
    });
  });

  it('lets a test relax the rate limit explicitly', async () => {
    const { emulator, tenantId, clientId } = setup({ rules: { rateLimit: false } });
    const { accessToken } = emulator.issueTokens({ clientId, tenantId });
    const statuses = new Set<number>();
    for (let i = 0; i < 40; i++) statuses.add((await call(emulator, accessToken)).status);
    expect([...statuses]).toEqual([200]);
  });

  it('lets a test relax scopes explicitly', async () => {
    const { emulator, tenantId, clientId } = setup({ rules: { scopes: false } });
    const { accessToken } = emulator.issueTokens({ clientId, tenantId, scopes: ['article'] });
    expect((await call(emulator, accessToken)).status).toBe(200);
  });

  it('lets a test relax token expiry explicitly', async () => {
    const { emulator, tenantId, clientId } = setup({ rules: { tokenExpiry: false } });
    const { accessToken } = emulator.issueTokens({ clientId, tenantId });
    emulator.control.advanceClock(2 * 3_600_000);
    expect((await call(emulator, accessToken)).status).toBe(200);
  });
});
