import { describe, expect, it } from 'vitest';
import { staticAccessToken } from './access-token-provider.js';

const jwt = (claims: object) => `e30.${btoa(JSON.stringify(claims)).replace(/=+$/, '')}.sig`;

describe('staticAccessToken', () => {
  it('keys the rate limiter by the tenant of the token', () => {
    expect(staticAccessToken(jwt({ tenantId: 42 })).connectionKey).toBe('tenant:42');
    expect(staticAccessToken('opaque').connectionKey).toBeUndefined();
    expect(staticAccessToken(jwt({ tenantId: 42 }), 'mine').connectionKey).toBe('mine');
  });

  it('redacts its token', async () => {
    const provider = staticAccessToken('opaque-token');
    expect(provider.secrets?.()).toEqual(['opaque-token']);
    await expect(provider.getAccessToken()).resolves.toBe('opaque-token');
  });
});
