import type { StateStore } from '../store/state-store.js';
import { TrackedInvoiceStatus } from './invoice-state.js';

/**
 * The tracker's persistent memory, kept in the store's cursors so every adapter (memory,
 * SQLite, a host's own) holds it: the status per order, and which host order a Fortnox
 * document number or send key belongs to.
 */
export interface StatusIndex {
  get(orderId: string): Promise<TrackedInvoiceStatus | undefined>;
  put(status: TrackedInvoiceStatus): Promise<void>;
  orderOf(kind: 'order' | 'invoice' | 'key', id: string): Promise<string | undefined>;
  link(kind: 'order' | 'invoice' | 'key', id: string, orderId: string): Promise<void>;
  getPollCursor(): Promise<number | undefined>;
  setPollCursor(time: number): Promise<void>;
}

/** A {@link StatusIndex} in the cursors of `connectionId`. */
export function createStatusIndex(store: StateStore, connectionId: string): StatusIndex {
  const read = (key: string) => store.getCursor(connectionId, key);
  const write = (key: string, value: string) => store.setCursor(connectionId, key, value);
  return {
    async get(orderId) {
      const raw = await read(`invoice-status:${orderId}`);
      return raw ? TrackedInvoiceStatus.parse(JSON.parse(raw)) : undefined;
    },
    put: (status) => write(`invoice-status:${status.orderId}`, JSON.stringify(status)),
    orderOf: async (kind, id) => (await read(`doc:${kind}:${id}`)) || undefined,
    link: (kind, id, orderId) => write(`doc:${kind}:${id}`, orderId),
    async getPollCursor() {
      const raw = await read('invoice-status:since');
      return raw ? Number(raw) : undefined;
    },
    setPollCursor: (time) => write('invoice-status:since', String(time)),
  };
}
