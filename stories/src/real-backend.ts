import {
  type ArticleInput,
  type CustomerInput,
  createFortnoxHandler,
  createIntegration,
  createMemoryHostOrders,
  createMemoryHostRegisters,
  createMemoryStateStore,
  type FortnoxHandler,
  generateEncryptionKey,
  type Integration,
  type IntegrationSettingsInput,
  type MemoryHostOrders,
  type MemoryHostRegisters,
  type OrderInput,
  type User,
} from '@fortnox-kit/core';
import type { Subgroup } from '@fortnox-kit/core/contract';
import { createSlidingWindowRateLimiter } from '@fortnox-kit/core/fortnox';
import {
  createFortnoxEmulator,
  type FortnoxEmulator,
  type UserActions,
} from '@fortnox-kit/mock-server';
import { consent, invoiceInFortnox } from './fortnox-user.js';
import { type StoreFaults, withStoreFaults } from './store-faults.js';
import { createStoryClock, type StoryClock } from './story-clock.js';
import { COMPANY } from './story-data.js';

/** What a story seeds the real backend with, and how it drives it into its state. */

// The story host's only tenant.
const STORY_TENANT = 'storybook';

export interface RealBackendOptions {
  /** The Fortnox company (emulator tenant) name. @default 'Kyltjänst i Norr AB' */
  companyName?: string;
  /** Settings saved by an admin before the story (through the integration, like the form). */
  settings?: IntegrationSettingsInput;
  /** The host's customer and article registers. */
  customers?: CustomerInput[];
  articles?: ArticleInput[];
  /** The host's orders. */
  orders?: OrderInput[];
  /** The host's users (technicians with employment numbers, for time reports). */
  users?: User[];
  /** The host's subgroups (absent: the host does not use subgroups). */
  subgroups?: Subgroup[];
  /**
   * Connect through the emulator's OAuth consent first (which also runs the first sync);
   * an object connects for one subgroup. @default true
   */
  connect?: boolean | { subgroup: string };
  /** What the host's `authorize` hook answers: the user's role. @default 'admin' */
  role?: 'admin' | 'user';
  /** Drives the real stack into the story's state once seeded and connected. */
  setup?: (backend: RealBackend) => Promise<void>;
}

/** The real stack in the page: core handler → integration → Fortnox emulator, all in memory. */
export interface RealBackend {
  handle: FortnoxHandler;
  integration: Integration;
  emulator: FortnoxEmulator;
  tenantId: number;
  /** The virtual clock the integration and the emulator share. */
  clock: StoryClock;
  registers: MemoryHostRegisters;
  hostOrders: MemoryHostOrders;
  /** The host's database: make its next call of a method fail. */
  storeFaults: StoreFaults;
  /** A user working in Fortnox itself (the emulator's control API). */
  user: UserActions;
  /** Values a story's setup learned (document numbers) for its play function. */
  facts: Record<string, string>;
  /** The consent a user gives in Fortnox for an authorize URL; returns the callback URL. */
  consent(authorizeUrl: string): Promise<URL>;
  /** A Fortnox user turns the order into an invoice (Fortnox's "Skapa faktura"). */
  invoiceInFortnox(orderNumber: string): Promise<string>;
  /** The customer revokes the integration in Fortnox; the integration notices at its next call. */
  revokeGrant(): Promise<void>;
  close(): void;
}

const HANDLER_BASE = '/api/fortnox';

/**
 * Runs `createFortnoxHandler` over a real integration whose Fortnox is the emulator, in the
 * browser: the integration's `fetch` calls the emulator in-process, both on one virtual
 * clock. The components reach the handler through MSW's service worker (story-backend.ts).
 */
export async function startRealBackend(options: RealBackendOptions = {}): Promise<RealBackend> {
  const clock = createStoryClock();
  const emulator = createFortnoxEmulator({ clock });
  const emulatorFetch: typeof fetch = (input, init) => emulator.fetch(new Request(input, init));
  const { tenantId } = emulator.createTenant({
    seed: 1,
    size: 10,
    companyName: options.companyName ?? COMPANY,
  });
  const app = emulator.registerClient();
  const store = withStoreFaults(
    createMemoryStateStore({ encryptionKey: generateEncryptionKey(), clock }),
  );
  const registers = createMemoryHostRegisters({
    customers: options.customers,
    articles: options.articles,
    clock,
  });
  // The host numbers orders fetched from Fortnox in its own series (SO-2001, SO-2002, ...).
  const hostOrders = createMemoryHostOrders({
    orders: options.orders,
    users: options.users,
    numberFor: (n) => `SO-${2000 + n}`,
  });
  const integration = createIntegration({
    fortnox: {
      clientId: app.clientId,
      clientSecret: app.clientSecret,
      redirectUri: app.redirectUri,
    },
    store: store.store,
    tenantId: STORY_TENANT,
    registers: () => registers,
    hostOrders: () => hostOrders,
    clock,
    rateLimiter: createSlidingWindowRateLimiter({ clock }),
    ...(options.subgroups ? { subgroups: async () => options.subgroups ?? null } : {}),
    fetch: emulatorFetch,
  });
  const handle = createFortnoxHandler(integration, {
    basePath: HANDLER_BASE,
    authorize: () => ({
      id: 'storybook',
      tenantId: STORY_TENANT,
      isAdmin: (options.role ?? 'admin') === 'admin',
    }),
    orderUrl: (orderId) => `#/orders/${orderId}`,
  });
  const backend: RealBackend = {
    handle,
    integration,
    emulator,
    tenantId,
    clock,
    registers,
    hostOrders,
    storeFaults: store.faults,
    user: emulator.control.actAsUser(tenantId),
    facts: {},
    consent: (url) => consent(emulatorFetch, url, tenantId),
    invoiceInFortnox: (orderNumber) => invoiceInFortnox(emulator, tenantId, orderNumber),
    async revokeGrant() {
      emulator.tokens.revoke(await integration.connection.getAccessToken());
      // The next Fortnox call is refused and the refresh fails: reconnect needed.
      await integration.client.companyInformation.get().catch(() => undefined);
    },
    // A held request never ends; the story is over, so its run is abandoned.
    close: () => void integration.stop({ abortRun: true }),
  };
  if (options.settings) await integration.putSettings(options.settings);
  const connect = options.connect ?? true;
  if (connect) await connectThroughOAuth(backend, connect === true ? undefined : connect.subgroup);
  await options.setup?.(backend);
  return backend;
}

// The OAuth code flow against the emulator: consent (its test shortcut), then the callback.
async function connectThroughOAuth(backend: RealBackend, subgroup?: string) {
  const { integration } = backend;
  const { authorizeUrl } = await integration.startConnect({
    mode: 'redirect',
    returnTo: '/',
    ...(subgroup ? { subgroup } : {}),
  });
  const callback = await backend.consent(authorizeUrl);
  const outcome = await integration.completeConnect({
    code: callback.searchParams.get('code'),
    state: callback.searchParams.get('state'),
  });
  if (outcome.error) throw outcome.error;
  await integration.sync.idle();
}
