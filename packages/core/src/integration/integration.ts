import type { FortnoxClient } from '../client/create-fortnox-client.js';
import type { FortnoxConnection } from '../connection/fortnox-connection.js';
import type { PdfDocument } from '../documents-view/view-documents.js';
import type {
  ConnectionState,
  ConnectRequest,
  OrderStatus,
  SyncStatus,
} from '../handler/contract.js';
import type { TimeReport } from '../handler/time-report-contract.js';
import type { HandlerUser } from '../host-registers/host-scope.js';
import type { FortnoxEventInput } from '../invoice-status/fortnox-event.js';
import type { InvoiceStatusChange } from '../invoice-status/invoice-state.js';
import type { InvoiceStatusTracker } from '../invoice-status/invoice-status-tracker.js';
import type { ImportedOrder } from '../order-import/import-order.js';
import type { ReconcileResult } from '../send/reconcile-sends.js';
import type { SendResult } from '../send/send-deps.js';
import type { RegisterName } from '../store/records.js';
import type { FortnoxEventSource } from '../sync/event-source.js';
import type { SyncEngine } from '../sync/sync-engine.js';
import type { SyncScheduler } from '../sync/sync-scheduler.js';
import type { ConnectOutcome } from './connect-flow.js';
import type { FortnoxGateway } from './fortnox-gateway.js';
import type { HostChangeNotifier, HostChangeReceipt } from './host-change-notifier.js';
import type { StoredSettings } from './settings-store.js';
import type { SyncRunner } from './sync-runner.js';

/** What `sendOrder` on the integration did. */
export interface SendOutcome {
  status: OrderStatus;
  result: SendResult;
  /**
   * Setting 33: the order's time report after the send (null when off). A failed time report
   * never fails the send: it is recorded and shown here (`lastRun.result`, each line's state).
   */
  timeReport: TimeReport | null;
}

/** The query string of the OAuth callback, as the handler reads it. */
export interface ConnectCallbackQuery {
  code?: string | null;
  state?: string | null;
  error?: string | null;
}

/**
 * The integration for one Fortnox connection, returned by `createIntegration`: what a host
 * backend calls and what `createFortnoxHandler(integration, { authorize })` serves. Declared
 * here rather than inferred so a host can name it (no TS2742 on internal types).
 *
 * Every order method takes the `user` the handler's `authorize` returned: the host callbacks
 * are made for that user, and an order of another tenant is `not_found`.
 *
 * @example
 * const integration: Integration = createIntegration({ fortnox, store, tenantId, registers, hostOrders });
 * await integration.start();
 * const { status } = await integration.sendOrder('order-1', user);
 */
export interface Integration {
  /** The state store's key for this connection (`IntegrationOptions.connectionId`). */
  readonly connectionId: string;
  /** The host's tenant this integration belongs to (`IntegrationOptions.tenantId`). */
  readonly tenantId: string;
  /** The OAuth connection: tokens in the state store, single-flight refresh. */
  readonly connection: FortnoxConnection;
  /** The typed Fortnox API client, authorized through {@link Integration.connection}. */
  readonly client: FortnoxClient;
  /** The Fortnox calls the workflows make (orders, invoices, codes, PDFs). */
  readonly gateway: FortnoxGateway;
  /** Follows the invoice status of sent orders. */
  readonly tracker: InvoiceStatusTracker;
  /** The register sync (customers and articles, both directions). */
  readonly syncEngine: SyncEngine;
  /** Runs the sync hourly, one run at a time across processes, resuming after a crash. */
  readonly syncScheduler: SyncScheduler;
  /** The WebSocket subscription, when `events` was given. */
  readonly events: FortnoxEventSource | undefined;
  /** The scheduler seen through the handler contract (status and SSE events). */
  readonly sync: SyncRunner;

  /** Whether Fortnox is connected, the company, the subgroup and the subgroups to pick from. */
  getConnectionState(): Promise<ConnectionState>;
  /** Starts connecting; with `user`, only that user's session may finish it. */
  startConnect(
    request?: ConnectRequest,
    user?: HandlerUser | null,
  ): Promise<{ authorizeUrl: string }>;
  /** The OAuth callback; right after connecting, both registers sync in the background. */
  completeConnect(query: ConnectCallbackQuery, user?: HandlerUser | null): Promise<ConnectOutcome>;
  /** Revokes the grant (best effort) and forgets the tokens and the company. */
  disconnect(): Promise<void>;

  /** The stored settings (defaults filled in). */
  getSettings(): Promise<StoredSettings>;
  /** Saves the form's values; changed Fortnox codes are looked up first when connected. */
  putSettings(input: unknown): Promise<StoredSettings>;

  /** Starts a sync run now; `sync_in_progress` while one is going, `not_connected` before connecting. */
  startSync(request?: { registers?: RegisterName[]; full?: boolean }): Promise<{ runId: string }>;
  /** The running sync, its progress and the latest runs. */
  getSyncStatus(): Promise<SyncStatus>;
  /**
   * Host-side "at once" (settings 22 / 24): call it after saving records; a debounced delta
   * run of the register follows (decisions/116). `hostChanges.idle()` waits for it.
   * @example integration.notifyHostChange('customers', [customer.id]);
   */
  notifyHostChange(register: RegisterName, ids: readonly string[]): HostChangeReceipt;
  /** The notifier behind {@link Integration.notifyHostChange}; `idle()` waits for its runs. */
  hostChanges: HostChangeNotifier;

  /**
   * "Skicka till Fortnox", then the time report when setting 33 is on. The order is looked
   * up in this tenant only.
   */
  sendOrder(orderId: string, user?: HandlerUser | null): Promise<SendOutcome>;
  /** Whether the order was sent, its Fortnox reference and invoice state, what may be done next. */
  getOrderStatus(orderId: string, user?: HandlerUser | null): Promise<OrderStatus>;
  /** "Visa faktura": the order's Fortnox invoice as a PDF (previewed, so it stays unsent). */
  invoicePdf(orderId: string, user?: HandlerUser | null): Promise<PdfDocument>;
  /** The PDF of the order confirmation of the order's Fortnox order. */
  confirmationPdf(orderId: string, user?: HandlerUser | null): Promise<PdfDocument>;
  /** "Hämta order" (setting 35): a host order made from a Fortnox order, then followed. */
  importOrder(fortnoxOrderNumber: string, user?: HandlerUser | null): Promise<ImportedOrder>;
  /** Setting 33: sends or corrects the order's time report (decisions/122). */
  sendTimeReport(orderId: string, user?: HandlerUser | null): Promise<TimeReport>;
  /** The order's time report per user and date, as recorded (no Fortnox request). */
  getTimeReport(orderId: string, user?: HandlerUser | null): Promise<TimeReport>;
  /** The host's article register as CSV, chunk by chunk. */
  exportArticlesCsv(user?: HandlerUser | null): AsyncGenerator<string>;

  /**
   * Settles sends left `pending`/`uncertain` by a crash or a lost answer: found documents
   * become the order's integration reference (the background loop calls it each round).
   */
  reconcileSends(): Promise<ReconcileResult>;
  /** Follows every committed send that has no tracked status yet (run by `start`); the count. */
  resumeTracking(): Promise<number>;
  /** One polling round of invoice statuses (the background loop calls it). */
  pollInvoiceStatus(): Promise<InvoiceStatusChange[]>;
  /** Feed a Fortnox WebSocket event (topics `orders`, `invoices`) to the status tracker. */
  handleFortnoxEvent(event: FortnoxEventInput): Promise<InvoiceStatusChange[]>;
  /** Calls `listener` on each invoice status change; returns the unsubscribe function. */
  onInvoiceStatusChange(listener: (change: InvoiceStatusChange) => void): () => void;

  /** Starts the hourly sync (resuming a run a crash left) and the invoice status polling. */
  start(): Promise<void>;
  /** Stops the background work and waits for it (a running sync finishes unless `abortRun`). */
  stop(options?: { abortRun?: boolean }): Promise<void>;
}
