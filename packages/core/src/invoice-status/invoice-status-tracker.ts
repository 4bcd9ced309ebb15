import type { Clock } from '../env/clock.js';
import type { FortnoxTarget } from '../host/index.js';
import type { FortnoxGateway } from '../integration/fortnox-gateway.js';
import type { HostOrders } from '../send/host-orders.js';
import { sendKey } from '../send/idempotency-key.js';
import type { StateStore } from '../store/state-store.js';
import { FortnoxEvent, type FortnoxEventInput } from './fortnox-event.js';
import {
  countsAsInvoiced,
  type InvoiceStatusChange,
  invoiceState,
  type TrackedInvoiceStatus,
} from './invoice-state.js';
import { createStatusIndex } from './status-index.js';

/** Options of {@link createInvoiceStatusTracker}. */
export interface InvoiceStatusTrackerOptions {
  connectionId: string;
  store: StateStore;
  gateway: FortnoxGateway;
  hostOrders: HostOrders;
  clock: Clock;
  /** Called for every change, after it is stored (the host's hook). */
  onChange?: (change: InvoiceStatusChange) => void | Promise<void>;
}

/** Follows the Fortnox invoices of sent host orders. */
export interface InvoiceStatusTracker {
  /** Starts following a sent order (the send workflow and import call this). */
  track(
    orderId: string,
    reference: { target: FortnoxTarget; documentNumber: string },
  ): Promise<TrackedInvoiceStatus>;
  /** Reads one order's documents from Fortnox now and records any change. */
  refresh(orderId: string): Promise<TrackedInvoiceStatus | undefined>;
  /** One polling round: documents changed in Fortnox since the last round. Returns the changes. */
  pollOnce(): Promise<InvoiceStatusChange[]>;
  /** Handles one WebSocket event (duplicates are ignored). */
  handleEvent(event: FortnoxEventInput): Promise<InvoiceStatusChange[]>;
  /** The stored status of an order. */
  get(orderId: string): Promise<TrackedInvoiceStatus | undefined>;
  subscribe(listener: (change: InvoiceStatusChange) => void): () => void;
}

/**
 * Creates the invoice status tracker (SPEC §5): invoiced, sent, booked, paid, cancelled and
 * credited, from WebSocket events (`handleEvent`) or polling (`pollOnce`, by Fortnox
 * `lastmodified`); marks the host order invoiced when the invoice is sent (setting 18 off);
 * everything it knows is in the state store, so a restarted process carries on.
 *
 * @example
 * const tracker = createInvoiceStatusTracker({ connectionId, store, gateway, hostOrders, clock });
 * tracker.subscribe((c) => console.log(c.orderId, c.current.state));
 * await tracker.pollOnce();
 */
export function createInvoiceStatusTracker(
  options: InvoiceStatusTrackerOptions,
): InvoiceStatusTracker {
  const { store, gateway, hostOrders, clock, connectionId } = options;
  const index = createStatusIndex(store, connectionId);
  const listeners = new Set<(change: InvoiceStatusChange) => void>();

  async function publish(change: InvoiceStatusChange) {
    for (const listener of listeners) listener(change);
    await options.onChange?.(change);
  }

  async function record(previous: TrackedInvoiceStatus | undefined, next: TrackedInvoiceStatus) {
    if (previous && sameStatus(previous, next)) return undefined;
    const current = { ...next, changedAt: clock.now() };
    await index.put(current);
    const change = { orderId: current.orderId, previous, current };
    await publish(change);
    return change;
  }

  async function track(
    orderId: string,
    reference: { target: FortnoxTarget; documentNumber: string },
  ) {
    await index.link(reference.target, reference.documentNumber, orderId);
    await index.link('key', await sendKey(connectionId, orderId), orderId);
    const previous = await index.get(orderId);
    if (previous?.documentNumber === reference.documentNumber) return previous;
    const order = await hostOrders.findById(orderId);
    const initial: TrackedInvoiceStatus = {
      orderId,
      ...reference,
      invoiceNumber: reference.target === 'invoice' ? reference.documentNumber : null,
      invoiceCreated: reference.target === 'invoice',
      state: null,
      hostInvoiced: order?.invoiced ?? false,
      changedAt: clock.now(),
    };
    await index.put(initial);
    return initial;
  }

  async function refreshChange(orderId: string): Promise<InvoiceStatusChange | undefined> {
    const previous = await index.get(orderId);
    if (!previous) return undefined;
    let invoiceNumber = previous.invoiceNumber;
    if (previous.target === 'order' && !invoiceNumber) {
      invoiceNumber = (await gateway.getOrder(previous.documentNumber))?.InvoiceReference ?? null;
      if (invoiceNumber) await index.link('invoice', invoiceNumber, orderId);
    }
    const invoice = invoiceNumber ? await gateway.getInvoice(invoiceNumber) : undefined;
    const state = invoice ? invoiceState(invoice) : null;
    const hostInvoiced = await markHost(orderId, previous.hostInvoiced, state);
    return record(previous, {
      ...previous,
      invoiceNumber,
      invoiceCreated: !!invoiceNumber,
      state,
      hostInvoiced,
    });
  }

  // Setting 18 off: the host order becomes invoiced when Fortnox reports the invoice sent.
  async function markHost(orderId: string, known: boolean, state: TrackedInvoiceStatus['state']) {
    const order = await hostOrders.findById(orderId);
    if (!order) return known;
    if (order.invoiced) return true;
    if (!countsAsInvoiced(state)) return false;
    await hostOrders.update(orderId, { invoiced: true });
    return true;
  }

  async function ordersOfInvoice(invoiceNumber: string): Promise<string | undefined> {
    const known = await index.orderOf('invoice', invoiceNumber);
    if (known) return known;
    const invoice = await gateway.getInvoice(invoiceNumber);
    if (!invoice) return undefined;
    const byOrder = invoice.OrderReference
      ? await index.orderOf('order', invoice.OrderReference)
      : undefined;
    const byKey = invoice.ExternalInvoiceReference2
      ? await index.orderOf('key', invoice.ExternalInvoiceReference2)
      : undefined;
    return byOrder ?? byKey;
  }

  async function refreshMany(orderIds: Iterable<string>) {
    const changes: InvoiceStatusChange[] = [];
    for (const id of new Set(orderIds)) {
      const change = await refreshChange(id);
      if (change) changes.push(change);
    }
    return changes;
  }

  return {
    track,
    refresh: async (orderId) => (await refreshChange(orderId))?.current ?? index.get(orderId),
    get: (orderId) => index.get(orderId),
    async pollOnce() {
      const started = clock.now();
      const since =
        (await index.getPollCursor()) ?? (await earliestSend(store, connectionId)) ?? started;
      const ids: string[] = [];
      for (const order of await gateway.listOrdersChangedSince(since)) {
        const id = await index.orderOf('order', order.DocumentNumber);
        if (id) ids.push(id);
      }
      for (const invoice of await gateway.listInvoicesChangedSince(since)) {
        const id =
          (await index.orderOf('invoice', invoice.DocumentNumber)) ??
          (invoice.ExternalInvoiceReference2
            ? await index.orderOf('key', invoice.ExternalInvoiceReference2)
            : undefined);
        if (id) ids.push(id);
      }
      const changes = await refreshMany(ids);
      await index.setPollCursor(started);
      return changes;
    },
    async handleEvent(input) {
      const event = FortnoxEvent.parse(input);
      if (
        !(await store.recordEvent(
          `invoice-status:${connectionId}`,
          event.topic,
          event.offset,
          clock.now(),
        ))
      ) {
        return [];
      }
      const id =
        event.topic === 'orders'
          ? await index.orderOf('order', event.entityId)
          : event.topic === 'invoices'
            ? await ordersOfInvoice(event.entityId)
            : undefined;
      return id ? refreshMany([id]) : [];
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function sameStatus(a: TrackedInvoiceStatus, b: TrackedInvoiceStatus): boolean {
  return (
    a.invoiceNumber === b.invoiceNumber &&
    a.invoiceCreated === b.invoiceCreated &&
    a.state === b.state &&
    a.hostInvoiced === b.hostInvoiced &&
    a.documentNumber === b.documentNumber
  );
}

async function earliestSend(store: StateStore, connectionId: string): Promise<number | undefined> {
  const entries = await store.listJournalByState(connectionId, ['committed']);
  return entries.length ? Math.min(...entries.map((e) => e.createdAt)) : undefined;
}
