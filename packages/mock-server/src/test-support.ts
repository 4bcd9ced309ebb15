import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createFortnoxEmulator, type FortnoxEmulator } from './emulator.js';
import type { FortnoxEmulatorOptions } from './options.js';

/** Base URLs the tests talk to (the Fortnox defaults). */
export const API = 'https://api.fortnox.se';
export const AUTH = 'https://apps.fortnox.se';

/** A test fixture: an emulator behind msw, one seeded tenant and an all-scopes token. */
export interface EmulatorFixture {
  emulator: FortnoxEmulator;
  tenantId: number;
  clientId: string;
  clientSecret: string;
  token: string;
  /** `fetch` against the API with the fixture's token (override headers to change it). */
  api(path: string, init?: RequestInit & { json?: unknown }): Promise<Response>;
}

/**
 * Starts an emulator for one test file. Tests get a fresh tenant and token each through
 * `reset()`; the rate limit is off unless the file asks for it.
 */
export function useEmulator(
  options: FortnoxEmulatorOptions = { rules: { rateLimit: false } },
  size = 12,
) {
  const fixture = {} as EmulatorFixture;
  const server = setupServer();
  const reset = () => {
    const emulator = createFortnoxEmulator(options);
    server.resetHandlers(...emulator.handlers);
    const { tenantId } = emulator.createTenant({ seed: 1, size });
    const app = emulator.registerClient({ allowServiceAccount: true });
    const { accessToken } = emulator.issueTokens({ clientId: app.clientId, tenantId });
    Object.assign(fixture, {
      emulator,
      tenantId,
      clientId: app.clientId,
      clientSecret: app.clientSecret,
      token: accessToken,
      api: (path: string, init: RequestInit & { json?: unknown } = {}) => {
        const { json, headers, ...rest } = init;
        return fetch(`${API}${path}`, {
          ...rest,
          ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
          headers: {
            Authorization: `Bearer ${fixture.token}`,
            'Content-Type': 'application/json',
            Accept: 'application/json',
            ...headers,
          },
        });
      },
    });
  };
  beforeAll(() => {
    server.listen({ onUnhandledRequest: 'error' });
  });
  afterEach(() => reset());
  afterAll(() => server.close());
  reset();
  return fixture;
}

/** The Fortnox error code of a response body. */
export async function errorCode(response: Response): Promise<number | undefined> {
  const body = (await response.json()) as { ErrorInformation?: { code?: number } };
  return body.ErrorInformation?.code;
}
