/**
 * Test support (not exported): the client, a connection and the Fortnox emulator behind
 * msw, all on one virtual clock with auto-advance, so rate-limit waits and token expiry
 * run in simulated time.
 */

import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import {
  createFortnoxConnection,
  type FortnoxConnection,
} from '../connection/fortnox-connection.js';
import { createMemoryTokenStore, type TokenStore } from '../connection/token-store.js';
import { createFortnoxEmulator, type FortnoxEmulator } from '../emulator.test-support.js';
import { createVirtualClock, type VirtualClock } from '../env/clock.js';
import { createFortnoxClient, type FortnoxClient } from './create-fortnox-client.js';
import type { RetryOptions } from './retry-policy.js';

/** Everything a client test needs; refreshed before each test. */
export interface ClientFixture {
  clock: VirtualClock;
  emulator: FortnoxEmulator;
  tenantId: number;
  clientId: string;
  clientSecret: string;
  tokenStore: TokenStore;
  connection: FortnoxConnection;
  client: FortnoxClient;
  /** Bodies of every request to the token endpoint, in order. */
  tokenRequests: URLSearchParams[];
  /** Requests the emulator answered under `/3/`. */
  apiRequests(): ReturnType<FortnoxEmulator['control']['requests']>;
  /** Builds another client/connection pair over the same emulator and store. */
  newClient(options?: { retry?: RetryOptions }): {
    connection: FortnoxConnection;
    client: FortnoxClient;
  };
}

/** Options of {@link useClientFixture}. */
export interface ClientFixtureOptions {
  rateLimit?: boolean;
  size?: number;
  retry?: RetryOptions;
}

/** Starts msw once per file and a fresh emulator, tenant, token and client per test. */
export function useClientFixture(options: ClientFixtureOptions = {}): ClientFixture {
  const fixture = {} as ClientFixture;
  const server = setupServer();

  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  beforeEach(async () => {
    const clock = createVirtualClock({ autoAdvance: true });
    const emulator = createFortnoxEmulator({
      clock,
      rules: { rateLimit: options.rateLimit ?? true },
    });
    server.resetHandlers(...emulator.handlers);
    const tokenRequests: URLSearchParams[] = [];
    server.events.removeAllListeners();
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST' && new URL(request.url).pathname === '/oauth-v1/token') {
        void request
          .clone()
          .text()
          .then((body) => tokenRequests.push(new URLSearchParams(body)));
      }
    });
    const { tenantId } = emulator.createTenant({ seed: 1, size: options.size ?? 12 });
    const app = emulator.registerClient({ allowServiceAccount: true });
    const tokens = emulator.issueTokens({ clientId: app.clientId, tenantId, serviceAccount: true });
    const tokenStore = createMemoryTokenStore();
    await tokenStore.save('acme', {
      accessToken: tokens.accessToken,
      refreshToken: tokens.refreshToken,
      expiresAt: clock.now() + tokens.expiresIn * 1000,
      scope: tokens.scope,
      tenantId: String(tenantId),
      status: 'connected',
      connectedAt: clock.now(),
    });
    const newClient = (extra: { retry?: RetryOptions } = {}) => {
      const connection = createFortnoxConnection({
        clientId: app.clientId,
        clientSecret: app.clientSecret,
        redirectUri: app.redirectUri,
        connectionId: 'acme',
        tokenStore,
        clock,
      });
      // A fixed "random" makes backoff delays exact.
      const client = createFortnoxClient({
        auth: connection,
        clock,
        random: () => 0.5,
        retry: extra.retry ?? options.retry,
      });
      return { connection, client };
    };
    Object.assign(fixture, {
      clock,
      emulator,
      tenantId,
      clientId: app.clientId,
      clientSecret: app.clientSecret,
      tokenStore,
      tokenRequests,
      apiRequests: () => emulator.control.requests().filter((r) => r.path.startsWith('/3/')),
      newClient,
      ...newClient(),
    });
  });
  return fixture;
}
