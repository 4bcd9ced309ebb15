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
  type OrderInput,
} from '@fortnox-kit/core';
import { createFortnoxEmulator, type FortnoxEmulator } from '@fortnox-kit/mock-server';

/** What a story seeds the real backend with. */
export interface RealBackendOptions {
  settings?: IntegrationSettingsInput;
  customers?: CustomerInput[];
  articles?: ArticleInput[];
  orders?: OrderInput[];
  /** Connect through the emulator's OAuth at once. @default true */
  connect?: boolean;
}

/** The real stack in the page: core handler → integration → Fortnox emulator, all in memory. */
export interface RealBackend {
  handle: FortnoxHandler;
  integration: Integration;
  emulator: FortnoxEmulator;
  tenantId: number;
  close(): void;
}

/**
 * Runs `createFortnoxHandler` over a real integration whose Fortnox is the emulator, in
 * the browser: the integration's `fetch` calls the emulator in-process. The components
 * still reach the handler through MSW's service worker (story-backend.ts).
 */
export async function startRealBackend(options: RealBackendOptions = {}): Promise<RealBackend> {
  const emulator = createFortnoxEmulator();
  const emulatorFetch: typeof fetch = (input, init) => emulator.fetch(new Request(input, init));
  const { tenantId } = emulator.createTenant({ seed: 1, size: 10 });
  const app = emulator.registerClient();
  const integration = createIntegration({
    fortnox: {
      clientId: app.clientId,
      clientSecret: app.clientSecret,
      redirectUri: app.redirectUri,
    },
    store: createMemoryStateStore({ encryptionKey: generateEncryptionKey() }),
    registers: createMemoryHostRegisters({
      customers: options.customers,
      articles: options.articles,
    }),
    hostOrders: createMemoryHostOrders({ orders: options.orders }),
    defaultSettings: options.settings,
    fetch: emulatorFetch,
  });
  if (options.connect ?? true) await connect(integration, tenantId, emulatorFetch);
  const handle = createFortnoxHandler(integration, {
    basePath: '/api/fortnox',
    authorize: () => ({ id: 'storybook', isAdmin: true }),
    orderUrl: (orderId) => `#/orders/${orderId}`,
  });
  return { handle, integration, emulator, tenantId, close: () => integration.stop() };
}

// The OAuth code flow against the emulator: consent (its test shortcut), then the callback.
async function connect(integration: Integration, tenantId: number, fetchFn: typeof fetch) {
  const { authorizeUrl } = await integration.startConnect({ mode: 'redirect', returnTo: '/' });
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
