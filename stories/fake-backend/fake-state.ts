import type {
  ConnectionState,
  OrderStatus,
  SyncRecordError,
  SyncRun,
} from '@fortnox-kit/core/contract';

/** One host order as the fake backend knows it. */
export interface FakeOrder {
  status: OrderStatus;
  /** The order is marked ready for invoicing in the host. */
  ready: boolean;
  /** Sending fails with this error (e.g. a cost center missing in Fortnox). */
  failWith?: { code: 'missing_fortnox_code' | 'fortnox_error'; message: string; field?: string };
}

/** Everything the fake backend holds; tests and stories set it up directly. */
export interface FakeBackendState {
  /** What the host's `authorize` hook would answer for the current user. */
  role: 'admin' | 'user';
  connection: ConnectionState;
  settings: Record<string, unknown>;
  settingsUpdatedAt: string | null;
  runs: SyncRun[];
  /** Per-record errors the next sync run reports. */
  nextSyncErrors: SyncRecordError[];
  orders: Map<string, FakeOrder>;
  /** Fortnox order numbers that "Hämta order" can find. */
  fortnoxOrders: Set<string>;
  importedOrders: Map<string, string>;
  /** Cost center codes that exist in "Fortnox". */
  costCenters: Set<string>;
  nextDocumentNumber: number;
}

/** The connected company used by the stories. */
export const DEMO_COMPANY = { name: 'Kyltjänst i Norr AB', organisationNumber: '556677-8899' };

/** A fresh order that has not been sent. */
export function notSentOrder(orderId: string, canSend = true): FakeOrder {
  return {
    ready: canSend,
    status: {
      orderId,
      state: 'not_sent',
      reference: null,
      invoice: null,
      canSend,
      canResend: false,
      lastError: null,
      sentAt: null,
    },
  };
}

/** A default state: connected, settings at their defaults, one finished run. */
export function createFakeState(patch: Partial<FakeBackendState> = {}): FakeBackendState {
  return {
    role: 'admin',
    connection: {
      status: 'connected',
      company: DEMO_COMPANY,
      subgroup: null,
      subgroups: null,
      connectedAt: '2026-11-20T08:00:00.000Z',
    },
    settings: {},
    settingsUpdatedAt: null,
    runs: [],
    nextSyncErrors: [],
    orders: new Map([['AO-1043', notSentOrder('AO-1043')]]),
    fortnoxOrders: new Set(['1043', '2001']),
    importedOrders: new Map(),
    costCenters: new Set(['100', '200', 'SERVICE']),
    nextDocumentNumber: 512,
    ...patch,
  };
}

/** An order sent to Fortnox as document `documentNumber`, optionally invoiced. */
export function sentOrder(
  orderId: string,
  documentNumber: string,
  invoice: OrderStatus['invoice'] = null,
): FakeOrder {
  return {
    ready: true,
    status: {
      orderId,
      state: invoice ? 'invoiced' : 'sent',
      reference: { target: 'order', documentNumber },
      invoice,
      canSend: false,
      canResend: false,
      lastError: null,
      sentAt: '2026-11-27T14:05:00.000Z',
    },
  };
}
