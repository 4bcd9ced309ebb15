import { mkdirSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import {
  createFortnoxHandler,
  createIntegration,
  createMemoryHostOrders,
  createMemoryHostRegisters,
  type HandlerUser,
  type Integration,
  type MemoryHostOrders,
  type MemoryHostRegisters,
  type StateStore,
  systemClock,
  toNodeListener,
} from '@fortnox-kit/core';
import { createSlidingWindowRateLimiter } from '@fortnox-kit/core/fortnox';
import { createNodeFetch } from '@fortnox-kit/core/node';
import { createSqliteStateStore } from '@fortnox-kit/core/sqlite';
import { type FortnoxMockServer, startFortnoxMock } from '@fortnox-kit/mock-server/node';
import {
  baseSettings,
  hostArticles,
  hostCustomers,
  hostFacilities,
  hostOrders,
  hostServiceObjects,
  hostUsers,
} from './host-data.js';

/** Where the handler is mounted on the host's server, as a real host app would. */

/** The demo host's only tenant. */
const DEMO_TENANT = 'demo';

export const API_BASE = '/api/fortnox';

/** Options of {@link startDemoServer}. */
export interface DemoServerOptions {
  /** Folder of the SQLite state file. */
  stateDir: string;
  /**
   * Keep earlier runs' state file; this run adds a new connection to it (the emulator does
   * not outlive a run). @default false
   */
  keep?: boolean;
  /** Host server port; 0 picks a free one. @default 0 */
  port?: number;
  /** Seeded records per register in the emulator's Fortnox company. @default 50 */
  size?: number;
  /** The role every request to the handler gets. @default 'admin' */
  role?: 'admin' | 'user';
  /** How often the background loop polls invoice statuses. @default 2000 */
  statusPollIntervalMs?: number;
  /**
   * Start the background loops (hourly sync, invoice status polling) at once, as a host
   * does at boot; false leaves it to the caller (`integration.start()`). @default true
   */
  startBackground?: boolean;
  /** Extra routes of the host app, tried before the Fortnox handler (the `--ui` page). */
  extraRoutes?: (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
}

/** Everything the demo runs: the emulator, the host app's server and its integration. */
export interface DemoServer {
  /** The host app, e.g. `http://127.0.0.1:5173`. */
  url: string;
  /** The handler's base URL: `${url}/api/fortnox`. */
  apiUrl: string;
  mock: FortnoxMockServer;
  integration: Integration;
  registers: MemoryHostRegisters;
  orders: MemoryHostOrders;
  store: StateStore;
  statePath: string;
  close(): Promise<void>;
}

// A fixed demo key: the demo's tokens are emulator tokens. A real host reads its key from
// a secret store (docs/host-guide.md, "State store").
const DEMO_ENCRYPTION_KEY = 'ZGVtby1vbmx5LWtleS1ub3QtYS1zZWNyZXQtMzJiISE=';

/**
 * Starts the Fortnox emulator and a host app server with the real core integration and
 * handler on it: the same objects a production host builds, pointed at localhost.
 */
export async function startDemoServer(options: DemoServerOptions): Promise<DemoServer> {
  const statePath = join(options.stateDir, 'fortnox-kit.sqlite');
  if (!options.keep) rmSync(options.stateDir, { recursive: true, force: true });
  mkdirSync(options.stateDir, { recursive: true });

  let handle: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  const server = createServer((req, res) => {
    if (handle) handle(req, res);
    else res.writeHead(503).end();
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const apiUrl = `${url}${API_BASE}`;

  const mock = await startFortnoxMock({
    port: 0,
    seed: 1,
    size: options.size ?? 50,
    redirectUri: `${apiUrl}/oauth/callback`,
  });
  const registers = createMemoryHostRegisters({ customers: hostCustomers, articles: hostArticles });
  const orders = createMemoryHostOrders({
    orders: hostOrders,
    users: hostUsers,
    facilities: hostFacilities,
    serviceObjects: hostServiceObjects,
  });
  const store = createSqliteStateStore({ database: statePath, encryptionKey: DEMO_ENCRYPTION_KEY });
  const integration = createIntegration({
    fortnox: {
      clientId: mock.demo.clientId,
      clientSecret: mock.demo.clientSecret,
      redirectUri: mock.demo.redirectUri,
      apiBaseUrl: mock.url,
      authBaseUrl: mock.url,
    },
    store,
    // One tenant: the demo's in-memory host has no other, so every scope gets the same data.
    tenantId: DEMO_TENANT,
    registers: () => registers,
    hostOrders: () => orders,
    // The emulator forgets everything when it stops, so a kept database gets a new
    // connection per run instead of one whose links point at documents that are gone.
    connectionId: options.keep ? `demo-${new Date().toISOString()}` : 'default',
    statusPollIntervalMs: options.statusPollIntervalMs ?? 2000,
    // Until an admin saves settings: the host's prices go to Fortnox on the first sync.
    defaultSettings: baseSettings,
    // What the host guide recommends on Node (decisions/049).
    fetch: createNodeFetch(),
    // The demo proves 0 × 429, and the emulator counts a request when it arrives: on a
    // loaded machine a request can reach it long after its grant, so the window gets a
    // 1 s margin instead of 100 ms (decisions/155).
    rateLimiter: createSlidingWindowRateLimiter({ clock: systemClock, marginMs: 1_000 }),
  });
  const user: HandlerUser = {
    id: 'demo-user',
    tenantId: DEMO_TENANT,
    isAdmin: (options.role ?? 'admin') === 'admin',
  };
  const handler = createFortnoxHandler(integration, {
    basePath: API_BASE,
    authorize: () => user,
    orderUrl: (orderId) => `${url}/#order-${orderId}`,
  });
  const listener = toNodeListener(handler);
  handle = (req, res) => {
    const api = () => {
      if (req.url?.startsWith(`${API_BASE}/`)) void listener(req, res);
      else res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    };
    if (options.extraRoutes) options.extraRoutes(req, res, api);
    else api();
  };
  // Hourly sync and invoice status polling, as a host starts them at boot.
  if (options.startBackground ?? true) integration.start();

  return {
    url,
    apiUrl,
    mock,
    integration,
    registers,
    orders,
    store,
    statePath,
    async close() {
      integration.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await mock.close();
      await store.close();
    },
  };
}
