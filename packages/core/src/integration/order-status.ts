import type { OrderStatus } from '../handler/contract.js';
import type { TrackedInvoiceStatus } from '../invoice-status/invoice-state.js';
import type { InvoiceStatusTracker } from '../invoice-status/invoice-status-tracker.js';
import type { HostOrders } from '../send/host-orders.js';
import { sendKey } from '../send/idempotency-key.js';
import { readLastSendError } from '../send/last-send-error.js';
import type { IntegrationSettings } from '../settings/integration-settings.js';
import type { StateStore } from '../store/state-store.js';
import { WorkflowError } from './workflow-error.js';

/** Dependencies of {@link readOrderStatus}. */
export interface OrderStatusDeps {
  connectionId: string;
  store: StateStore;
  hostOrders: HostOrders;
  tracker: InvoiceStatusTracker;
  settings: () => Promise<IntegrationSettings>;
  connected: () => Promise<boolean>;
  /** Brings a stale tracked status up to date first (`createStatusRefresher`). */
  refreshIfStale?: (tracked: TrackedInvoiceStatus | undefined) => Promise<void>;
}

/**
 * `GET /orders/:id/status`: where a host order stands with Fortnox, from the host order,
 * the send journal and the tracked invoice status, refreshed from Fortnox first when it is
 * stale (`refreshIfStale`; one cheap read at most per order and interval).
 */
export async function readOrderStatus(
  deps: OrderStatusDeps,
  orderId: string,
): Promise<OrderStatus> {
  if (!(await deps.hostOrders.findById(orderId))) {
    throw new WorkflowError('not_found', `Order ${orderId} was not found.`);
  }
  const connected = await deps.connected();
  if (connected) await deps.refreshIfStale?.(await deps.tracker.get(orderId));
  // Read after the refresh: it may have marked the host order invoiced.
  const order = await deps.hostOrders.findById(orderId);
  if (!order) throw new WorkflowError('not_found', `Order ${orderId} was not found.`);
  const settings = await deps.settings();
  const tracked = await deps.tracker.get(orderId);
  const reference = order.integrationReference ?? null;
  const entry = await deps.store.getJournalEntry({
    connectionId: deps.connectionId,
    hostOrderId: orderId,
    idempotencyKey: await sendKey(deps.connectionId, orderId),
  });
  const fortnoxInvoiced = tracked?.invoiceCreated && tracked.target === 'order';
  return {
    orderId,
    state: order.invoiced ? 'invoiced' : reference ? 'sent' : 'not_sent',
    reference: reference
      ? { target: reference.target, documentNumber: reference.documentNumber }
      : null,
    invoice: tracked?.invoiceNumber
      ? { documentNumber: tracked.invoiceNumber, state: tracked.state ?? 'unsent' }
      : null,
    canSend:
      connected &&
      !reference &&
      !order.invoiced &&
      (order.readyForInvoicing || settings.allowSendBeforeReady),
    canResend:
      connected &&
      !!reference &&
      settings.allowSendBeforeReady &&
      !order.invoiced &&
      !fortnoxInvoiced &&
      !(reference.target === 'invoice' && tracked?.state && tracked.state !== 'unsent'),
    // A refused action is old news once the order is invoiced.
    lastError: order.invoiced ? null : await readLastSendError(deps, orderId),
    sentAt: entry?.state === 'committed' ? new Date(entry.updatedAt).toISOString() : null,
  };
}
