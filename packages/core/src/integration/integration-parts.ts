import { createFortnoxClient } from '../client/create-fortnox-client.js';
import { createFortnoxConnection } from '../connection/fortnox-connection.js';
import { systemClock } from '../env/clock.js';
import type { HostScope } from '../host-registers/host-scope.js';
import { createInvoiceStatusTracker } from '../invoice-status/invoice-status-tracker.js';
import { createStateStoreTokenStore } from '../store/token-store-adapter.js';
import { createChangeTrigger } from '../sync/change-trigger.js';
import { createFortnoxEventSource } from '../sync/event-source.js';
import { createFortnoxSyncApi } from '../sync/fortnox-sync-api.js';
import { createSyncEngine } from '../sync/sync-engine.js';
import { createSyncScheduler } from '../sync/sync-scheduler.js';
import { createFortnoxGateway } from './create-fortnox-gateway.js';
import { DEFAULT_SCOPES, type IntegrationOptions } from './integration-options.js';
import { createSettingsStore } from './settings-store.js';
import { createSyncRunner } from './sync-runner.js';

/**
 * Builds the objects an integration is made of, wired for one connection: connection
 * (tokens in the state store), client, gateway, settings, sync engine and scheduler, the
 * contract's sync runner, the invoice status tracker and, when configured, the WebSocket
 * event source. `createIntegration` puts the workflows on top.
 */
export function createIntegrationParts(options: IntegrationOptions) {
  const clock = options.clock ?? systemClock;
  const connectionId = options.connectionId ?? 'default';
  const now = () => clock.now();
  const { store, tenantId } = options;
  // Background work (sync, status polling, reconciliation) runs for the tenant, for no user.
  const background: HostScope = { tenantId, user: null };
  const registers = options.registers(background);
  const hostOrders = options.hostOrders(background);
  const holder = crypto.randomUUID();
  const connection = createFortnoxConnection({
    clientId: options.fortnox.clientId,
    clientSecret: options.fortnox.clientSecret,
    connectionId,
    redirectUri: options.fortnox.redirectUri,
    scopes: options.fortnox.scopes ?? DEFAULT_SCOPES,
    mode: options.fortnox.mode,
    tenantId: options.fortnox.tenantId,
    tokenStore: createStateStoreTokenStore(store, { clock }),
    lock: options.lock,
    clock,
    fetch: options.fetch,
    authBaseUrl: options.fortnox.authBaseUrl,
    logger: options.logger,
  });
  const client = createFortnoxClient({
    auth: connection,
    baseUrl: options.fortnox.apiBaseUrl,
    fetch: options.fetch,
    clock,
    logger: options.logger,
    rateLimiter:
      options.rateLimiter ?? store.createRateLimiter?.(connection.connectionKey, { clock }),
  });
  const gateway = createFortnoxGateway(client.request);
  const settingsStore = createSettingsStore(store, connectionId, now, options.defaultSettings);
  const settings = async () => (await settingsStore.get()).settings;
  const engine = createSyncEngine({
    connectionId,
    store,
    host: registers,
    fortnox: createFortnoxSyncApi(client),
    settings,
    clock,
    deletions: options.deletions,
  });
  const scheduler = createSyncScheduler({
    engine,
    store,
    connectionId,
    clock,
    holder,
    leaseMs: options.leaseMs,
    intervalMs: options.syncIntervalMs,
    // A host starts the integration at boot, before anyone has connected: no failed runs then.
    canRun: async () => (await connection.load()).status === 'connected',
    onError: (error) => options.logger?.warn?.(`fortnox-kit sync loop: ${String(error)}`),
  });
  const sync = createSyncRunner({ scheduler, store, connectionId });
  const tracker = createInvoiceStatusTracker({
    connectionId,
    store,
    gateway,
    hostOrders,
    clock,
    onChange: options.onInvoiceStatusChange,
  });
  const changes = createChangeTrigger({ scheduler, clock });
  const events = options.events
    ? createFortnoxEventSource({
        store,
        scope: `events:${connectionId}`,
        clientSecret: options.fortnox.clientSecret,
        accessToken: () => connection.getAccessToken(),
        topics: ['customers', 'articles', 'orders', 'invoices'],
        url: options.events.url,
        connect: options.events.connect,
        clock,
        onEvent: async (event) => {
          if (event.topic === 'customers' || event.topic === 'articles')
            changes.changed(event.topic);
          else await tracker.handleEvent(event);
        },
        onError: (error) => options.logger?.warn?.(`fortnox-kit events: ${String(error)}`),
      })
    : undefined;
  return {
    clock,
    connectionId,
    tenantId,
    now,
    store,
    registers,
    hostOrders,
    holder,
    connection,
    client,
    gateway,
    settingsStore,
    settings,
    engine,
    scheduler,
    sync,
    tracker,
    changes,
    events,
  };
}

/** The parts of an integration. */
export type IntegrationParts = ReturnType<typeof createIntegrationParts>;
