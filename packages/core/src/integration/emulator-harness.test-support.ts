import { setupServer } from 'msw/node';
import { createFortnoxEmulator, type FortnoxEmulator } from '../emulator.test-support.js';
import { createVirtualClock, type VirtualClock } from '../env/clock.js';
import type {
  ArticleInput,
  CustomerInput,
  FacilityInput,
  OrderInput,
  ServiceObject,
  User,
} from '../host/index.js';
import { createMemoryHostRegisters, type MemoryHostRegisters } from '../host-registers/index.js';
import type { InvoiceStatusChange } from '../invoice-status/invoice-state.js';
import { createSlidingWindowRateLimiter } from '../rate-limit/sliding-window-rate-limiter.js';
import { createMemoryHostOrders, type MemoryHostOrders } from '../send/memory-host-orders.js';
import type { IntegrationSettingsInput } from '../settings/integration-settings.js';
import { createMemoryStateStore } from '../store/memory-store.js';
import type { StateStore } from '../store/state-store.js';
import { generateEncryptionKey } from '../store/token-cipher.js';
import type { WebSocketLike } from '../sync/event-source.js';
import { createIntegration, type Integration } from './create-integration.js';

/** What a workflow test starts from. */
export interface HarnessOptions {
  settings?: IntegrationSettingsInput;
  customers?: CustomerInput[];
  articles?: ArticleInput[];
  orders?: OrderInput[];
  users?: User[];
  facilities?: FacilityInput[];
  serviceObjects?: ServiceObject[];
  /** Share a store with an earlier harness (restart tests). */
  store?: StateStore;
  /** Connect through OAuth at once. @default true */
  connect?: boolean;
  /** The host's subgroups (null/absent: the host does not use subgroups). */
  subgroups?: { id: string; name: string }[];
  /** Subscribe to the emulator's WebSocket topics (through its in-process session). */
  events?: boolean;
  /** The host's invoice status callback. */
  onInvoiceStatusChange?: (change: InvoiceStatusChange) => void;
  /**
   * `msw`: the emulator behind msw `setupServer` (every request the kit makes is intercepted).
   * `direct`: the integration's `fetch` calls the emulator directly and global fetch is left
   * alone (tests that also talk to a real local HTTP server). @default 'msw'
   */
  transport?: 'msw' | 'direct';
  /** Seed of the emulator's probabilistic faults. @default 1 */
  faultSeed?: number;
}

/** The emulator, the msw server, the host side and a connected integration. */
export interface Harness {
  clock: VirtualClock;
  emulator: FortnoxEmulator;
  tenantId: number;
  store: StateStore;
  registers: MemoryHostRegisters;
  hostOrders: MemoryHostOrders;
  integration: Integration;
  app: { clientId: string; clientSecret: string; redirectUri: string };
  /** Builds a second integration on the same emulator and store (a restarted process). */
  restart(store?: StateStore): Integration;
  close(): void;
}

const key = generateEncryptionKey();

/** The host tenant every harness integration belongs to (`IntegrationOptions.tenantId`). */
export const HOST_TENANT = 'host-tenant-1';

/**
 * Starts an emulator behind msw `setupServer`, host registers and orders in memory, and an
 * integration connected through the real OAuth flow. Close it in `afterEach`.
 */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const clock = createVirtualClock({ autoAdvance: true });
  const emulator = createFortnoxEmulator({ clock, faultSeed: options.faultSeed });
  const direct = options.transport === 'direct';
  const server = direct ? undefined : setupServer(...emulator.handlers);
  server?.listen({ onUnhandledRequest: 'error' });
  const emulatorFetch: typeof fetch = (input, init) => emulator.fetch(new Request(input, init));
  const { tenantId } = emulator.createTenant({ seed: 1, size: 10 });
  const app = emulator.registerClient();
  const store = options.store ?? createMemoryStateStore({ encryptionKey: key, clock });
  const registers = createMemoryHostRegisters({
    customers: options.customers,
    articles: options.articles,
    clock,
  });
  const hostOrders = createMemoryHostOrders({
    orders: options.orders,
    users: options.users,
    facilities: options.facilities,
    serviceObjects: options.serviceObjects,
  });
  const build = (useStore: StateStore = store) =>
    createIntegration({
      fortnox: {
        clientId: app.clientId,
        clientSecret: app.clientSecret,
        redirectUri: app.redirectUri,
      },
      store: useStore,
      tenantId: HOST_TENANT,
      registers: () => registers,
      hostOrders: () => hostOrders,
      clock,
      defaultSettings: options.settings,
      ...(options.subgroups ? { subgroups: async () => options.subgroups ?? null } : {}),
      onInvoiceStatusChange: options.onInvoiceStatusChange,
      rateLimiter: createSlidingWindowRateLimiter({ clock }),
      ...(options.events ? { events: { connect: () => emulatorSocket(emulator) } } : {}),
      ...(direct ? { fetch: emulatorFetch } : {}),
    });
  const integration = build();
  if (options.connect ?? true) {
    await connectThroughOAuth(integration, tenantId, direct ? emulatorFetch : fetch);
  }
  return {
    clock,
    emulator,
    tenantId,
    store,
    registers,
    hostOrders,
    integration,
    app,
    restart: build,
    close: () => {
      integration.stop();
      server?.close();
    },
  };
}

/** The OAuth code flow through the emulator: consent (test shortcut), callback, first sync. */
export async function connectThroughOAuth(
  integration: Integration,
  tenantId: number,
  fetchFn: typeof fetch = fetch,
): Promise<void> {
  const { authorizeUrl } = await integration.startConnect({
    mode: 'redirect',
    returnTo: '/settings',
  });
  const consent = new URL(authorizeUrl);
  consent.searchParams.set('tenant_id', String(tenantId));
  consent.searchParams.set('decision', 'allow');
  const response = await fetchFn(consent, { redirect: 'manual' });
  const location = new URL(response.headers.get('location') ?? '');
  const outcome = await integration.completeConnect({
    code: location.searchParams.get('code'),
    state: location.searchParams.get('state'),
  });
  if (outcome.error) throw outcome.error;
  await integration.sync.idle();
}

/** A WebSocket-like client on the emulator's topics session (Node 20 has no WebSocket). */
export function emulatorSocket(emulator: FortnoxEmulator): WebSocketLike {
  const listeners = new Map<string, ((event: { data: unknown }) => void)[]>();
  const emit = (type: string, data?: string) => {
    for (const listener of listeners.get(type) ?? []) listener({ data });
  };
  let closed = false;
  const session = emulator.openTopicsSession((data) => {
    setImmediate(() => !closed && emit('message', data));
  });
  setImmediate(() => emit('open'));
  return {
    send: (data: string) => session.handle(data),
    close: () => {
      if (closed) return;
      closed = true;
      session.close();
      emit('close');
    },
    addEventListener: (type: string, listener: (event: { data: unknown }) => void) => {
      listeners.set(type, [...(listeners.get(type) ?? []), listener]);
    },
  } as WebSocketLike;
}
