import { describe, expect, it } from 'vitest';
import { isFortnoxApiError } from '../errors/fortnox-api-error.js';
import { isFortnoxAuthError } from '../errors/fortnox-auth-error.js';
import { staticAccessToken } from './access-token-provider.js';
import { useClientFixture } from './client-fixture.test-support.js';
import { createFortnoxClient } from './create-fortnox-client.js';

const f = useClientFixture();

describe('tokens and errors seen by the client', () => {
  it('gets a fresh token once when Fortnox rejects one that looked valid (401), then succeeds', async () => {
    const stored = await f.tokenStore.load('acme');
    await f.tokenStore.save('acme', {
      ...(stored as NonNullable<typeof stored>),
      accessToken: 'revoked.token.value',
    });
    const { client } = f.newClient();
    await expect(client.customers.get('1')).resolves.toMatchObject({ CustomerNumber: '1' });
    expect(f.apiRequests().map((r) => r.status)).toEqual([401, 200]);
    expect(f.tokenRequests.map((b) => b.get('grant_type'))).toEqual(['refresh_token']);
  });

  it('explains a Fortnox 2000359 in English beside the Swedish message', async () => {
    // Bypasses the pre-request check on purpose, to see what Fortnox itself answers.
    const error = await f.client
      .request({ method: 'POST', path: 'customers', body: { Customer: { Name: 'Fel <tecken>' } } })
      .catch((e: unknown) => e);
    expect(isFortnoxApiError(error) && error.code).toBe(2000359);
    expect(isFortnoxApiError(error) && error.explanation).toMatch(
      /characters Fortnox does not allow/,
    );
    expect(isFortnoxApiError(error) && error.fortnoxMessage).toBeTruthy();
  });

  it('keeps tokens and the client secret out of every log line of a refresh with retries', async () => {
    const lines: string[] = [];
    const log = (message: string, fields?: Record<string, unknown>) =>
      lines.push(`${message} ${JSON.stringify(fields ?? {})}`);
    const { connection } = f.newClient();
    const client = createFortnoxClient({
      auth: connection,
      clock: f.clock,
      random: () => 0.5,
      logger: { debug: log, info: log, warn: log, error: log },
    });
    f.clock.advance(3_600_000);
    f.emulator.control.injectFault({ method: 'GET', path: '/3/customers', status: 503, count: 1 });
    f.emulator.control.injectFault({ method: 'GET', path: '/3/customers', reset: true, count: 1 });
    await client.customers.get('1');
    const stored = await f.tokenStore.load('acme');
    const secrets = [stored?.accessToken, stored?.refreshToken, f.clientSecret].filter(
      Boolean,
    ) as string[];
    expect(lines.length).toBeGreaterThan(2);
    for (const secret of secrets) expect(lines.join('\n')).not.toContain(secret);
  });

  it('reports a scope missing from the consent as an auth error that needs reconnecting', async () => {
    const { accessToken } = f.emulator.issueTokens({
      clientId: f.clientId,
      tenantId: f.tenantId,
      scopes: ['customer'],
    });
    const client = createFortnoxClient({
      auth: staticAccessToken(accessToken, 'scoped'),
      clock: f.clock,
    });
    await expect(client.customers.get('1')).resolves.toBeTruthy();
    const error = await client.articles.get('1').catch((e: unknown) => e);
    expect(isFortnoxAuthError(error) && error.code).toBe(2000663);
    expect(isFortnoxAuthError(error) && error.reconnectRequired).toBe(true);
  });

  it('turns an HTML 404 from an unknown endpoint into an API error', async () => {
    const error = await f.client
      .request({ method: 'GET', path: 'nosuch' })
      .catch((e: unknown) => e);
    expect(isFortnoxApiError(error) && error.status).toBe(404);
    expect(isFortnoxApiError(error) && error.code).toBeUndefined();
  });
});
