import { createStatusRefresher } from '../../invoice-status/status-refresher.js';
import { reconcileSends } from '../../send/reconcile-sends.js';
import type { Integration } from '../integration.js';
import { readOrderStatus } from '../order-status.js';
import type { IntegrationContext } from './integration-context.js';

/** The members of the facade that follow sent orders in Fortnox. */
export type InvoiceStatusPart = Pick<
  Integration,
  | 'getOrderStatus'
  | 'reconcileSends'
  | 'resumeTracking'
  | 'pollInvoiceStatus'
  | 'handleFortnoxEvent'
  | 'onInvoiceStatusChange'
>;

/** Builds {@link InvoiceStatusPart} on the context's status tracker. */
export function createInvoiceStatusPart(context: IntegrationContext): InvoiceStatusPart {
  const { connectionId, store, gateway, hostOrders, clock, tracker, connected } = context;
  const refreshIfStale = createStatusRefresher({ tracker, clock });
  return {
    getOrderStatus: (orderId, user) =>
      readOrderStatus(
        { ...context.workflowDeps(user), tracker, connected, refreshIfStale },
        orderId,
      ),
    async reconcileSends() {
      const result = await reconcileSends({ connectionId, store, gateway, hostOrders, clock });
      for (const found of result.found) await tracker.track(found.orderId, found);
      return result;
    },
    // Sends committed by a process that stopped before it started following them.
    async resumeTracking() {
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
    },
    pollInvoiceStatus: () => tracker.pollOnce(),
    handleFortnoxEvent: (event) => tracker.handleEvent(event),
    onInvoiceStatusChange: (listener) => tracker.subscribe(listener),
  };
}
