import { viewConfirmationPdf, viewInvoicePdf } from '../documents-view/view-documents.js';
import type { ConnectRequest, OrderStatus } from '../handler/contract.js';
import { exportArticlesCsv } from '../host-registers/article-csv.js';
import type { HandlerUser } from '../host-registers/host-scope.js';
import type { FortnoxEventInput } from '../invoice-status/fortnox-event.js';
import type { InvoiceStatusChange } from '../invoice-status/invoice-state.js';
import { createStatusRefresher } from '../invoice-status/status-refresher.js';
import { mapOrder } from '../mapping/map-order.js';
import { importOrder } from '../order-import/import-order.js';
import { reconcileSends } from '../send/reconcile-sends.js';
import type { SendDeps, SendResult } from '../send/send-deps.js';
import { sendOrder } from '../send/send-order.js';
import type { RegisterName } from '../store/records.js';
import { sendTimeReport, type TimeReportResult } from '../time-report/send-time-report.js';
import { checkSettingCodes } from './check-setting-codes.js';
import { completeConnect, disconnect, readConnectionState, startConnect } from './connect-flow.js';
import { createHostChangeNotifier } from './host-change-notifier.js';
import type { IntegrationOptions } from './integration-options.js';
import { createIntegrationParts } from './integration-parts.js';
import { readOrderStatus } from './order-status.js';
import { createScopedDeps } from './scoped-deps.js';
import { WorkflowError } from './workflow-error.js';

/** What `sendOrder` on the integration did. */
export interface SendOutcome {
  status: OrderStatus;
  result: SendResult;
  /** Setting 33: the time report sent with the order (issues listed, never failing the send). */
  timeReport: TimeReportResult | null;
}

/**
 * The facade a host backend uses: connection (OAuth), client, settings, state store, host
 * registers, register sync, sending, invoice status, PDFs, order import and time reports,
 * for one Fortnox connection. Mount `createFortnoxHandler(integration, { authorize })` to
 * serve the React components.
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
export function createIntegration(options: IntegrationOptions) {
  const parts = createIntegrationParts(options);
  const {
    clock,
    connectionId,
    tenantId,
    now,
    store,
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
    events,
  } = parts;
  const hostChanges = createHostChangeNotifier(parts.changes);
  const usesSubgroups = async () => ((await options.subgroups?.()) ?? null) !== null;
  const connectDeps = {
    connectionId,
    store,
    connection,
    client,
    now,
    subgroups: options.subgroups,
    subgroup: async () => (await settings()).subgroup,
  };
  const connected = async () => (await connection.load()).status === 'connected';
  const requireConnected = async () => {
    const { status } = await connection.load();
    if (status === 'reconnect_needed') {
      throw new WorkflowError(
        'reconnect_needed',
        'The Fortnox connection must be authorized again.',
      );
    }
    if (status !== 'connected')
      throw new WorkflowError('not_connected', 'Fortnox is not connected.');
  };
  const { scopeOf, workflowDeps } = createScopedDeps({
    options,
    tenantId,
    connectionId,
    store,
    gateway,
    clock,
    settings,
  });
  const sendDeps = async (user?: HandlerUser | null): Promise<SendDeps> => ({
    ...workflowDeps(user),
    mapOrder,
    usesSubgroups: await usesSubgroups(),
    holder,
    leaseMs: options.leaseMs,
  });
  const refreshIfStale = createStatusRefresher({ tracker, clock });
  const orderStatus = (orderId: string, user?: HandlerUser | null) =>
    readOrderStatus({ ...workflowDeps(user), tracker, connected, refreshIfStale }, orderId);
  const reconcile = async () => {
    const result = await reconcileSends({ connectionId, store, gateway, hostOrders, clock });
    for (const found of result.found) await tracker.track(found.orderId, found);
    return result;
  };
  // Sends committed by a process that stopped before it started following them.
  const resumeTracking = async () => {
    let resumed = 0;
    for (const entry of await store.listJournalByState(connectionId, ['committed'])) {
      if (!entry.documentNumber || (await tracker.get(entry.hostOrderId))) continue;
      await tracker.track(entry.hostOrderId, {
        target: entry.target,
        documentNumber: entry.documentNumber,
      });
      resumed++;
    }
    return resumed;
  };
  let loops: AbortController | undefined;
  let polling: Promise<void> | undefined;
  let started = false;

  async function loop(signal: AbortSignal, intervalMs: number, work: () => Promise<unknown>) {
    while (!signal.aborted) {
      await work().catch((error) =>
        options.logger?.warn?.(`fortnox-kit background work failed: ${String(error)}`),
      );
      await clock.sleep(intervalMs, signal).catch(() => undefined);
    }
  }

  return {
    connectionId,
    /** The host's tenant this integration belongs to (`IntegrationOptions.tenantId`). */
    tenantId,
    connection,
    client,
    gateway,
    tracker,
    syncEngine: engine,
    syncScheduler: scheduler,
    /** The WebSocket subscription, when `events` was given. */
    events,
    sync,

    getConnectionState: () => readConnectionState(connectDeps),
    /** Starts connecting; with `user`, only that user's session may finish it. */
    startConnect: (request?: ConnectRequest, user?: HandlerUser | null) =>
      startConnect(connectDeps, request, user ?? null),
    /** The OAuth callback; right after connecting, both registers sync in the background. */
    async completeConnect(
      query: { code?: string | null; state?: string | null; error?: string | null },
      user?: HandlerUser | null,
    ) {
      const outcome = await completeConnect(connectDeps, query, user ?? null);
      if (!outcome.error) {
        // A subgroup chosen when connecting becomes the integration's (SPEC §3, §6); none
        // given leaves the setting alone (a reconnect must not reset it).
        if (outcome.pending.subgroup !== null) {
          await settingsStore.patch({ subgroup: outcome.pending.subgroup });
        }
        await sync.start({ trigger: 'connect' }).catch(() => undefined);
        if (started) events?.start();
      }
      return outcome;
    },
    disconnect: () => disconnect(connectDeps),

    getSettings: () => settingsStore.get(),
    /** Saves the form's values; changed Fortnox codes are looked up first when connected. */
    async putSettings(input: unknown) {
      const { status } = await connection.load();
      if (status !== 'connected') return settingsStore.put(input);
      const { settings: previous } = await settingsStore.get();
      return settingsStore.put(input, (next) => checkSettingCodes(gateway, previous, next));
    },

    async startSync(request: { registers?: RegisterName[]; full?: boolean } = {}) {
      await requireConnected();
      return sync.start({ trigger: 'manual', ...request });
    },
    getSyncStatus: () => sync.status(),
    /**
     * Host-side "at once" (settings 22 / 24): call it after saving records; a debounced delta
     * run of the register follows (decisions/116). `hostChanges.idle()` waits for it.
     * @example integration.notifyHostChange('customers', [customer.id]);
     */
    notifyHostChange: (register: RegisterName, ids: readonly string[]) =>
      hostChanges.notify(register, ids),
    hostChanges,

    /**
     * "Skicka till Fortnox", then the time report when setting 33 is on. `user` (from the
     * handler's `authorize`) is passed to the host callbacks; the order is looked up in this
     * tenant only. The same holds for every order method below.
     */
    async sendOrder(orderId: string, user?: HandlerUser | null): Promise<SendOutcome> {
      await requireConnected();
      const result = await sendOrder(await sendDeps(user), orderId);
      await tracker.track(orderId, {
        target: result.target,
        documentNumber: result.documentNumber,
      });
      // A new Fortnox order has no invoice yet: read back only when there is one to show.
      if (result.invoiceNumber || result.updated) await tracker.refresh(orderId);
      let timeReport: TimeReportResult | null = null;
      if ((await settings()).sendTimeReport) {
        timeReport = await sendTimeReport(workflowDeps(user), orderId).catch(() => null);
      }
      return { status: await orderStatus(orderId, user), result, timeReport };
    },
    getOrderStatus: orderStatus,
    async invoicePdf(orderId: string, user?: HandlerUser | null) {
      await requireConnected();
      return viewInvoicePdf({ gateway, hostOrders: workflowDeps(user).hostOrders }, orderId);
    },
    async confirmationPdf(orderId: string, user?: HandlerUser | null) {
      await requireConnected();
      return viewConfirmationPdf({ gateway, hostOrders: workflowDeps(user).hostOrders }, orderId);
    },
    async importOrder(fortnoxOrderNumber: string, user?: HandlerUser | null) {
      await requireConnected();
      const imported = await importOrder(workflowDeps(user), fortnoxOrderNumber);
      await tracker.track(imported.orderId, {
        target: 'order',
        documentNumber: imported.documentNumber,
      });
      return imported;
    },
    async sendTimeReport(orderId: string, user?: HandlerUser | null) {
      await requireConnected();
      return sendTimeReport(workflowDeps(user), orderId);
    },
    exportArticlesCsv: (user?: HandlerUser | null) =>
      exportArticlesCsv(options.registers(scopeOf(user)).articles),

    /**
     * Settles sends left `pending`/`uncertain` by a crash or a lost answer: found documents
     * become the order's integration reference (the background loop calls it each round).
     */
    reconcileSends: reconcile,
    /** Follows every committed send that has no tracked status yet (run by `start`). */
    resumeTracking,
    /** One polling round of invoice statuses (the background loop calls it). */
    pollInvoiceStatus: () => tracker.pollOnce(),
    /** Feed a Fortnox WebSocket event (topics `orders`, `invoices`) to the status tracker. */
    handleFortnoxEvent: (event: FortnoxEventInput) => tracker.handleEvent(event),
    onInvoiceStatusChange: (listener: (change: InvoiceStatusChange) => void) =>
      tracker.subscribe(listener),

    /** Starts the hourly sync (resuming a run a crash left) and the invoice status polling. */
    async start() {
      if (started) return;
      started = true;
      loops = new AbortController();
      polling = loop(loops.signal, options.statusPollIntervalMs ?? 300_000, async () => {
        if (!(await connected())) return;
        await reconcile();
        await tracker.pollOnce();
      });
      await resumeTracking();
      await scheduler.start();
      if (events && (await connected())) events.start();
    },
    /** Stops the background work and waits for it (a running sync finishes unless `abortRun`). */
    async stop(stopOptions?: { abortRun?: boolean }) {
      started = false;
      loops?.abort();
      events?.stop();
      await scheduler.stop(stopOptions);
      await polling;
    },
  };
}

/** The integration returned by {@link createIntegration}. */
export type Integration = ReturnType<typeof createIntegration>;
