import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { createFortnoxEmulator, type FortnoxEmulator } from './emulator.js';
import type { FortnoxEmulatorOptions } from './options.js';
import type { SeedSize } from './seed/seed-tenant.js';

/** Options of {@link startFortnoxMock}. */
export interface StartFortnoxMockOptions {
  /** Port to listen on; 0 picks a free one. @default 0 */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  /** Seed of the demo tenant's dataset. @default 1 */
  seed?: number;
  /** Records per register of the demo tenant. @default 100 */
  size?: SeedSize;
  /** Redirect URI of the demo client. @default 'http://localhost:3000/callback' */
  redirectUri?: string;
  /** Emulator options (clock, rules); the base URLs are set to the server's own. */
  emulator?: Omit<FortnoxEmulatorOptions, 'apiBaseUrl' | 'authBaseUrl' | 'wsUrl'>;
}

/** A running localhost emulator. */
export interface FortnoxMockServer {
  /** `http://127.0.0.1:<port>`: REST at `/3/...`, OAuth at `/oauth-v1/...`, control at `/__emulator/...`. */
  url: string;
  /** `ws://127.0.0.1:<port>/topics-v1`. */
  wsUrl: string;
  emulator: FortnoxEmulator;
  /** A ready client app and tenant for demos and scripts. */
  demo: { clientId: string; clientSecret: string; redirectUri: string; tenantId: number };
  close(): Promise<void>;
}

/**
 * Starts the emulator as a real HTTP + WebSocket server, so curl, browsers and clients in
 * other languages can use it. Every Fortnox rule is on.
 *
 * @example
 * const mock = await startFortnoxMock({ port: 0, seed: 1, size: 1000 });
 * await fetch(`${mock.url}/3/companyinformation`, { headers: { Authorization: `Bearer ${token}` } });
 */
export async function startFortnoxMock(
  options: StartFortnoxMockOptions = {},
): Promise<FortnoxMockServer> {
  const host = options.host ?? '127.0.0.1';
  let emulator: FortnoxEmulator | undefined;
  const server = createServer((req, res) => {
    if (emulator) void serve(emulator, req, res);
  });
  const sockets = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    if (!emulator || !req.url?.startsWith('/topics-v1')) return socket.destroy();
    const active = emulator;
    sockets.handleUpgrade(req, socket, head, (client) => {
      const session = active.openTopicsSession((data) => client.send(data));
      client.on('message', (data) => session.handle(data.toString()));
      client.on('close', () => session.close());
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://${host}:${port}`;
  const wsUrl = `ws://${host}:${port}/topics-v1`;
  emulator = createFortnoxEmulator({
    ...options.emulator,
    apiBaseUrl: url,
    authBaseUrl: url,
    wsUrl,
  });
  const { tenantId } = emulator.createTenant({
    seed: options.seed ?? 1,
    size: options.size ?? 100,
  });
  const app = emulator.registerClient({
    clientId: 'demo-client',
    clientSecret: 'demo-secret',
    redirectUri: options.redirectUri ?? 'http://localhost:3000/callback',
    allowServiceAccount: true,
  });
  return {
    url,
    wsUrl,
    emulator,
    demo: { ...app, tenantId },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const client of sockets.clients) client.terminate();
        sockets.close();
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

async function serve(
  emulator: FortnoxEmulator,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) for (const v of value) headers.append(name, v);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD' && chunks.length > 0;
  const request = new Request(new URL(req.url ?? '/', emulator.options.apiBaseUrl), {
    method: req.method ?? 'GET',
    headers,
    ...(hasBody ? { body: Buffer.concat(chunks) } : {}),
  });
  const response = await emulator.fetch(request);
  // A network-error response (reset, timeout after commit) drops the connection.
  if (response.type === 'error') {
    req.socket.destroy();
    return;
  }
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}
