import { systemClock } from '../env/clock.js';
import type { HostScope } from '../host-registers/host-scope.js';
import { createInvoiceStatusTracker } from '../invoice-status/invoice-status-tracker.js';
import { createChangeTrigger } from '../sync/change-trigger.js';
import { createFortnoxSyncApi } from '../sync/fortnox-sync-api.js';
import { createSyncEngine } from '../sync/sync-engine.js';
import { createSyncScheduler } from '../sync/sync-scheduler.js';
import type { IntegrationOptions } from './integration-options.js';
import { createFortnoxAccess } from './parts/fortnox-access.js';
import { createIntegrationEvents } from './parts/integration-events.js';
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
  const { connection, client, gateway } = createFortnoxAccess(options, clock, connectionId);
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
  const events = createIntegrationEvents({
    options,
    connectionId,
    clock,
    accessToken: () => connection.getAccessToken(),
    changes,
    tracker,
  });
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
