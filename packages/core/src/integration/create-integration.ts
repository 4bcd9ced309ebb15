import type { Integration } from './integration.js';
import type { IntegrationOptions } from './integration-options.js';
import { createBackgroundPart } from './parts/background-part.js';
import { createConnectPart } from './parts/connect-part.js';
import { createIntegrationContext } from './parts/integration-context.js';
import { createInvoiceStatusPart } from './parts/invoice-status-part.js';
import { createOrderDocumentsPart } from './parts/order-documents-part.js';
import { createSendPart } from './parts/send-part.js';
import { createSettingsPart } from './parts/settings-part.js';
import { createSyncPart } from './parts/sync-part.js';
import { createTimeReportPart } from './parts/time-report-part.js';

export type { Integration, SendOutcome } from './integration.js';

/**
 * The facade a host backend uses: connection (OAuth), client, settings, state store, host
 * registers, register sync, sending, invoice status, PDFs, order import and time reports,
 * for one Fortnox connection. Mount `createFortnoxHandler(integration, { authorize })` to
 * serve the React components.
 *
 * Composed of named parts (`./parts/`, decisions/130): each builds a few members of
 * {@link Integration} on one shared context.
 *
 * @example
 * const integration = createIntegration({
 *   fortnox: { clientId, clientSecret, redirectUri: 'https://app.example/api/fortnox/oauth/callback' },
 *   store: createSqliteStateStore({ database: 'fortnox.db', encryptionKey }),
 *   tenantId: tenant.id, // the host's tenant: every host callback is made for it
 *   registers: (scope) => myRegisters(scope.tenantId),
 *   hostOrders: (scope) => myHostOrders(scope.tenantId),
 * });
 * integration.start(); // hourly sync and invoice status polling
 */
export function createIntegration(options: IntegrationOptions): Integration {
  const context = createIntegrationContext(options);
  const status = createInvoiceStatusPart(context);
  const background = createBackgroundPart(context, status);
  return {
    connectionId: context.connectionId,
    tenantId: context.tenantId,
    connection: context.connection,
    client: context.client,
    gateway: context.gateway,
    tracker: context.tracker,
    syncEngine: context.engine,
    syncScheduler: context.scheduler,
    events: context.events,
    sync: context.sync,
    ...createConnectPart(context, background.isStarted),
    ...createSettingsPart(context),
    ...createSyncPart(context),
    ...createSendPart(context, status),
    ...createOrderDocumentsPart(context),
    ...createTimeReportPart(context),
    ...status,
    ...background.members,
  };
}
