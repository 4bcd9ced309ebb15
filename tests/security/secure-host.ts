import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  authorizeFromSession,
  type Session,
  tenantHostOrders,
  tenantHostRegisters,
} from '../../docs/recipes/tenant-host.js';
import { createVirtualClock } from '../../packages/core/src/env/clock.js';
import {
  createFortnoxHandler,
  type FortnoxHandler,
  type FortnoxHandlerOptions,
  toNodeListener,
} from '../../packages/core/src/handler/server.js';
import {
  createIntegration,
  type Integration,
} from '../../packages/core/src/integration/create-integration.js';
import { connectThroughOAuth } from '../../packages/core/src/integration/emulator-harness.test-support.js';
import {
  CUSTOMER,
  FILTER_ARTICLE,
  readyWorkOrder,
} from '../../packages/core/src/integration/host-fixture.test-support.js';
import { createSlidingWindowRateLimiter } from '../../packages/core/src/rate-limit/sliding-window-rate-limiter.js';
import { createMemoryStateStore } from '../../packages/core/src/store/memory-store.js';
import { generateEncryptionKey } from '../../packages/core/src/store/token-cipher.js';
import {
  createFortnoxEmulator,
  type FortnoxEmulator,
} from '../../packages/mock-server/src/index.js';
import { createTenantDatabase } from './tenant-database.js';

export const TENANTS = ['acme', 'bolt'] as const;
export type Tenant = (typeof TENANTS)[number];

/** A raw HTTP answer: the path is sent exactly as given (no URL normalisation). */
export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * A two-tenant host over real HTTP, built from the host guide's recipes as written
 * (docs/recipes/tenant-host.ts): one integration and one handler per tenant on one Fortnox
 * emulator and one state store, cookie sessions, `node:http` with `toNodeListener`. Each
 * tenant has the order `<tenant>-o1`, ready to send.
 */
export async function startSecureHost(
  handlerOptions: Partial<FortnoxHandlerOptions> = {},
): Promise<SecureHost> {
  const clock = createVirtualClock({ autoAdvance: true });
  const emulator = createFortnoxEmulator({ clock });
  const emulatorFetch: typeof fetch = (input, init) => emulator.fetch(new Request(input, init));
  const app = emulator.registerClient();
  const store = createMemoryStateStore({ encryptionKey: generateEncryptionKey(), clock });
  const { db, allOrders } = createTenantDatabase(
    Object.fromEntries(
      TENANTS.map((t) => [
        t,
        { customers: [CUSTOMER], articles: [FILTER_ARTICLE], orders: [readyWorkOrder(`${t}-o1`)] },
      ]),
    ),
  );
  const sessions = new Map<string, Session>();
  const authorize = authorizeFromSession(async (id) => sessions.get(id));
  const integrations = {} as Record<Tenant, Integration>;
  const handlers = {} as Record<Tenant, FortnoxHandler>;
  const fortnoxTenant = {} as Record<Tenant, number>;
  for (const tenant of TENANTS) {
    fortnoxTenant[tenant] = emulator.createTenant({ seed: 1, size: 5 }).tenantId;
    integrations[tenant] = createIntegration({
      fortnox: {
        clientId: app.clientId,
        clientSecret: app.clientSecret,
        redirectUri: app.redirectUri,
      },
      store,
      tenantId: tenant,
      registers: tenantHostRegisters(db),
      hostOrders: tenantHostOrders(db),
      connectionId: `tenant-${tenant}`,
      defaultSettings: { createOrderFromReference: true },
      clock,
      rateLimiter: createSlidingWindowRateLimiter({ clock }),
      fetch: emulatorFetch,
    });
    await connectThroughOAuth(integrations[tenant], fortnoxTenant[tenant], emulatorFetch);
    handlers[tenant] = createFortnoxHandler(integrations[tenant], { authorize, ...handlerOptions });
  }
  // The host routes a request to its session's tenant; no session goes to the first
  // tenant's handler, which answers 401 like any other.
  const listeners = Object.fromEntries(TENANTS.map((t) => [t, toNodeListener(handlers[t])]));
  const server: Server = createServer((req, res) => {
    const sessionId = /(?:^|;\s*)session=([^;]*)/.exec(req.headers.cookie ?? '')?.[1];
    const tenant = (sessionId && sessions.get(sessionId)?.tenantId) || TENANTS[0];
    void listeners[tenant]?.(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    api: `${origin}/api/fortnox`,
    integrations,
    emulator,
    fortnoxTenant,
    allOrders,
    /** Signs a user in: the `cookie` header of their session. */
    login(tenant: Tenant, role: 'admin' | 'user' = 'admin'): string {
      const id = crypto.randomUUID();
      sessions.set(id, { userId: `${tenant}-${role}`, tenantId: tenant, roles: [role] });
      return `session=${id}`;
    },
    /** Sends `path` byte for byte over `node:http` (fetch would resolve `..` first). */
    raw(method: string, path: string, headers: Record<string, string> = {}, body?: string) {
      return new Promise<RawResponse>((resolve, reject) => {
        const req = httpRequest(`${origin}/`, { method, path, headers }, (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }),
          );
        });
        req.on('error', reject);
        req.end(body);
      });
    },
    async close() {
      for (const tenant of TENANTS) await integrations[tenant].stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The host of {@link startSecureHost}. */
export interface SecureHost {
  origin: string;
  api: string;
  integrations: Record<Tenant, Integration>;
  emulator: FortnoxEmulator;
  fortnoxTenant: Record<Tenant, number>;
  allOrders: ReturnType<typeof createTenantDatabase>['allOrders'];
  /** Signs a user in: the `cookie` header of their session. */
  login(tenant: Tenant, role?: 'admin' | 'user'): string;
  /** Sends `path` byte for byte over `node:http` (fetch would resolve `..` first). */
  raw(
    method: string,
    path: string,
    headers?: Record<string, string>,
    body?: string,
  ): Promise<RawResponse>;
  close(): Promise<void>;
}
