import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useClientFixture } from '../client/client-fixture.test-support.js';
import { createFortnoxClient } from '../client/create-fortnox-client.js';
import { isFortnoxAuthError } from '../errors/fortnox-auth-error.js';
import { createSqliteStateStore } from '../store/sqlite/index.js';
import type { StateStore } from '../store/state-store.js';
import { generateEncryptionKey } from '../store/token-cipher.js';
import { createStateStoreTokenStore } from '../store/token-store-adapter.js';
import { buildAuthorizeUrl } from './authorize-url.js';
import { createFortnoxConnection } from './fortnox-connection.js';
import { createInProcessLock } from './lock.js';
import { createMemoryTokenStore, type StoredTokens, type TokenStore } from './token-store.js';

const KEY = generateEncryptionKey();

const f = useClientFixture();
const HOUR = 3_600_000;

const refreshRequests = () =>
  f.tokenRequests.filter((b) => b.get('grant_type') === 'refresh_token');

async function authorize(state: string, serviceAccount = false) {
  const { url } = buildAuthorizeUrl({
    clientId: f.clientId,
    redirectUri: 'http://localhost:3000/callback',
    scopes: ['customer', 'article'],
    state,
    serviceAccount,
  });
  const response = await fetch(`${url}&tenant_id=${f.tenantId}&decision=allow`, {
    redirect: 'manual',
  });
  const location = new URL(response.headers.get('location') ?? '');
  return {
    code: location.searchParams.get('code') ?? '',
    state: location.searchParams.get('state') ?? '',
  };
}

describe('getAccessToken', () => {
  it('makes 50 concurrent calls on an expired token cause exactly one refresh', async () => {
    f.clock.advance(HOUR + 1000);
    const results = await Promise.all(
      Array.from({ length: 50 }, () => f.client.customers.get('1')),
    );
    expect(results).toHaveLength(50);
    expect(refreshRequests()).toHaveLength(1);
    expect(f.apiRequests().every((r) => r.status === 200)).toBe(true);
  });

  it('never sends a refresh token twice, across clients sharing the store and lock, over many refreshes', async () => {
    const lock = createInProcessLock();
    const make = () =>
      createFortnoxConnection({
        clientId: f.clientId,
        clientSecret: f.clientSecret,
        connectionId: 'acme',
        tokenStore: f.tokenStore,
        lock,
        clock: f.clock,
      });
    const connections = [make(), make(), make()];
    for (let round = 0; round < 5; round++) {
      f.clock.advance(HOUR);
      await Promise.all(
        connections.flatMap((c) => Array.from({ length: 10 }, () => c.getAccessToken())),
      );
    }
    const sent = refreshRequests().map((b) => b.get('refresh_token'));
    expect(sent).toHaveLength(5);
    expect(new Set(sent).size).toBe(5);
  });

  it('refreshes once when two connection objects of one connection use the default lock', async () => {
    const make = () =>
      createFortnoxConnection({
        clientId: f.clientId,
        clientSecret: f.clientSecret,
        connectionId: 'acme',
        tokenStore: f.tokenStore,
        clock: f.clock,
      });
    const [a, b] = [make(), make()];
    f.clock.advance(HOUR);
    const tokens = await Promise.all([
      a.getAccessToken(),
      b.getAccessToken(),
      a.getAccessToken(),
      b.getAccessToken(),
    ]);
    expect(new Set(tokens).size).toBe(1);
    expect(refreshRequests()).toHaveLength(1);
  });

  it('takes the tokens another writer stored first when its compare-and-set loses', async () => {
    const theirs = { ...(await f.tokenStore.load('acme')), accessToken: 'their-access-token' };
    const racing: TokenStore = {
      ...f.tokenStore,
      // Another process writes between our load and our write (its lease had run out).
      compareAndSave: async (id, version, tokens) => {
        await f.tokenStore.save(id, {
          ...(theirs as StoredTokens),
          expiresAt: f.clock.now() + HOUR,
        });
        return (await f.tokenStore.compareAndSave?.(id, version, tokens)) ?? false;
      },
    };
    const connection = createFortnoxConnection({
      clientId: f.clientId,
      clientSecret: f.clientSecret,
      connectionId: 'acme',
      tokenStore: racing,
      clock: f.clock,
    });
    f.clock.advance(HOUR);
    expect(await connection.getAccessToken()).toBe('their-access-token');
    expect((await f.tokenStore.load('acme'))?.accessToken).toBe('their-access-token');
    expect(connection.getSnapshot().status).toBe('connected');
  });

  it('refreshes once when connections over two handles of one SQLite file use default options', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fk-conn-'));
    try {
      const open = () =>
        createSqliteStateStore({
          database: join(dir, 'state.db'),
          encryptionKey: KEY,
          clock: f.clock,
        });
      const [storeA, storeB] = [open(), open()];
      const initial = await f.tokenStore.load('acme');
      await createStateStoreTokenStore(storeA).save('acme', initial as StoredTokens);
      const make = (store: StateStore) =>
        createFortnoxConnection({
          clientId: f.clientId,
          clientSecret: f.clientSecret,
          connectionId: 'acme',
          tokenStore: createStateStoreTokenStore(store, { clock: f.clock }),
          clock: f.clock,
        });
      const [a, b] = [make(storeA), make(storeB)];
      await Promise.all([a.load(), b.load()]);
      f.clock.advance(HOUR);
      const tokens = await Promise.all(
        [a, b].flatMap((c) => Array.from({ length: 20 }, () => c.getAccessToken())),
      );
      expect(new Set(tokens).size).toBe(1);
      expect(refreshRequests()).toHaveLength(1);
      await Promise.all([storeA.close(), storeB.close()]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refreshes proactively, before the token expires', async () => {
    f.clock.advance(HOUR - 60_000);
    await f.client.customers.get('1');
    expect(refreshRequests()).toHaveLength(1);
    expect(f.apiRequests().map((r) => r.status)).toEqual([200]);
  });

  it('stores the new refresh token before the new access token is used', async () => {
    const oldRefresh = (await f.tokenStore.load('acme'))?.refreshToken;
    const saves: { refreshToken?: string; apiCallsSoFar: number }[] = [];
    const track = (tokens: StoredTokens) =>
      saves.push({ refreshToken: tokens.refreshToken, apiCallsSoFar: f.apiRequests().length });
    const tracking: TokenStore = {
      ...f.tokenStore,
      save: async (id, tokens) => {
        track(tokens);
        await f.tokenStore.save(id, tokens);
      },
      compareAndSave: async (id, version, tokens) => {
        track(tokens);
        return (await f.tokenStore.compareAndSave?.(id, version, tokens)) ?? false;
      },
    };
    const connection = createFortnoxConnection({
      clientId: f.clientId,
      clientSecret: f.clientSecret,
      connectionId: 'acme',
      tokenStore: tracking,
      clock: f.clock,
    });
    const client = createFortnoxClient({ auth: connection, clock: f.clock });
    f.clock.advance(HOUR);
    await client.customers.get('1');
    expect(saves).toHaveLength(1);
    expect(saves[0]?.apiCallsSoFar).toBe(0);
    expect(saves[0]?.refreshToken).not.toBe(oldRefresh);
    // The next refresh sends exactly the stored token, and Fortnox accepts it.
    f.clock.advance(HOUR);
    await client.customers.get('1');
    expect(refreshRequests().map((b) => b.get('refresh_token'))).toEqual([
      oldRefresh,
      saves[0]?.refreshToken,
    ]);
  });

  it('does not send a spent refresh token again when the store failed to keep the new one', async () => {
    const forgetful = { ...f.tokenStore, save: async () => {}, compareAndSave: async () => true };
    const connection = createFortnoxConnection({
      clientId: f.clientId,
      clientSecret: f.clientSecret,
      connectionId: 'acme',
      tokenStore: forgetful,
      clock: f.clock,
    });
    f.clock.advance(HOUR);
    await connection.getAccessToken();
    f.clock.advance(HOUR);
    const error = await connection.getAccessToken().catch((e: unknown) => e);
    expect(isFortnoxAuthError(error) && error.reconnectRequired).toBe(true);
    expect(connection.getSnapshot().status).toBe('reconnect_needed');
    const sent = refreshRequests().map((b) => b.get('refresh_token'));
    expect(sent).toHaveLength(1);
  });

  it('puts the connection in "reconnect needed" on invalid_grant and tells subscribers', async () => {
    const stored = await f.tokenStore.load('acme');
    // Spend the refresh token elsewhere: the emulator then revokes the whole grant.
    await fetch('https://apps.fortnox.se/oauth-v1/token', {
      method: 'POST',
      headers: { Authorization: `Basic ${btoa(`${f.clientId}:${f.clientSecret}`)}` },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: stored?.refreshToken ?? '',
      }),
    });
    const seen: string[] = [];
    f.connection.subscribe(() => seen.push(f.connection.getSnapshot().status));
    f.clock.advance(HOUR);
    const error = await f.client.customers.get('1').catch((e: unknown) => e);
    expect(isFortnoxAuthError(error) && error.reconnectRequired).toBe(true);
    expect(f.connection.getSnapshot().status).toBe('reconnect_needed');
    expect(seen).toContain('reconnect_needed');
    expect((await f.tokenStore.load('acme'))?.status).toBe('reconnect_needed');
    // Later calls fail at once without sending the dead refresh token again.
    const before = f.tokenRequests.length;
    await expect(f.client.customers.get('1')).rejects.toSatisfy(isFortnoxAuthError);
    expect(f.tokenRequests.length).toBe(before);
    // Reconnecting through another connection object (the OAuth callback) heals this one.
    const callback = createFortnoxConnection({
      clientId: f.clientId,
      clientSecret: f.clientSecret,
      connectionId: 'acme',
      tokenStore: f.tokenStore,
      clock: f.clock,
      redirectUri: 'http://localhost:3000/callback',
    });
    const { code, state } = await authorize('again');
    await callback.exchangeCode({ code, state, expectedState: 'again' });
    await expect(f.client.customers.get('1')).resolves.toMatchObject({ CustomerNumber: '1' });
    expect(f.connection.getSnapshot().status).toBe('connected');
  });
});

describe('authorization code flow', () => {
  it('builds the authorize URL with state, scopes, offline access and account_type=service', () => {
    const { url, state } = buildAuthorizeUrl({
      clientId: 'abc',
      scopes: ['customer', 'invoice'],
      serviceAccount: true,
    });
    const params = new URL(url).searchParams;
    expect(params.get('scope')).toBe('customer invoice');
    expect(params.get('state')).toBe(state);
    expect(state.length).toBeGreaterThan(10);
    expect(params.get('account_type')).toBe('service');
    expect(params.get('access_type')).toBe('offline');
    expect(params.get('response_type')).toBe('code');
  });

  it('exchanges the code when the state matches and the connection becomes usable', async () => {
    const store = createMemoryTokenStore();
    const connection = createFortnoxConnection({
      clientId: f.clientId,
      clientSecret: f.clientSecret,
      connectionId: 'new',
      tokenStore: store,
      clock: f.clock,
      redirectUri: 'http://localhost:3000/callback',
    });
    expect(connection.getSnapshot().status).toBe('not_connected');
    const { code, state } = await authorize('s-123');
    const snapshot = await connection.exchangeCode({ code, state, expectedState: 's-123' });
    expect(snapshot).toMatchObject({ status: 'connected', tenantId: String(f.tenantId) });
    expect((await store.load('new'))?.refreshToken).toBeTruthy();
  });

  it('rejects a code whose state does not match, without calling Fortnox', async () => {
    const { code } = await authorize('s-1');
    const before = f.tokenRequests.length;
    const error = await f.connection
      .exchangeCode({ code, state: 'forged', expectedState: 's-1' })
      .catch((e: unknown) => e);
    expect(isFortnoxAuthError(error) && error.oauthError).toBe('state_mismatch');
    expect(f.tokenRequests.length).toBe(before);
  });

  it('revokes the grant on disconnect and forgets the tokens', async () => {
    const oldToken = (await f.tokenStore.load('acme'))?.accessToken;
    await f.connection.disconnect();
    expect(await f.tokenStore.load('acme')).toBeUndefined();
    expect(f.connection.getSnapshot().status).toBe('not_connected');
    const response = await fetch('https://api.fortnox.se/3/customers/1', {
      headers: { Authorization: `Bearer ${oldToken}` },
    });
    expect(response.status).toBe(401);
  });

  it('reads the stored state after a restart', async () => {
    const connection = createFortnoxConnection({
      clientId: f.clientId,
      clientSecret: f.clientSecret,
      connectionId: 'acme',
      tokenStore: f.tokenStore,
      clock: f.clock,
    });
    await expect(connection.load()).resolves.toMatchObject({
      status: 'connected',
      tenantId: String(f.tenantId),
    });
  });
});

describe('client credentials (service account)', () => {
  it('gets a token with the TenantId header and fetches a new one when it runs out', async () => {
    const connection = createFortnoxConnection({
      clientId: f.clientId,
      clientSecret: f.clientSecret,
      connectionId: 'svc',
      mode: 'client-credentials',
      tenantId: f.tenantId,
      clock: f.clock,
    });
    const first = await connection.getAccessToken();
    f.clock.advance(HOUR);
    const second = await connection.getAccessToken();
    expect(second).not.toBe(first);
    const grants = f.tokenRequests.map((b) => b.get('grant_type'));
    expect(grants).toEqual(['client_credentials', 'client_credentials']);
    expect(connection.getSnapshot()).toMatchObject({
      status: 'connected',
      tenantId: String(f.tenantId),
    });
  });
});
