import type { Clock } from '../env/clock.js';
import type { FortnoxInvoiceInput, FortnoxOrderInput } from '../fortnox/documents/index.js';
import type { FortnoxTarget, Order } from '../host/index.js';
import type { HostRegisters } from '../host-registers/index.js';
import type { FortnoxGateway } from '../integration/fortnox-gateway.js';
import type { MappingContext } from '../mapping/context.js';
import type { MappingWarning } from '../mapping/warnings.js';
import type { IntegrationSettings } from '../settings/integration-settings.js';
import type { StateStore } from '../store/state-store.js';
import type { HostOrders } from './host-orders.js';

/** A mapped document, as `mapOrder` returns it. */
export type MappedDocument = (
  | { target: 'order'; document: FortnoxOrderInput }
  | { target: 'invoice'; document: FortnoxInvoiceInput }
) & { warnings?: readonly MappingWarning[] };

/** The mapping step (`mapOrder` of the mapping module), injected. */
export type MapOrderFn = (
  order: Order,
  settings: IntegrationSettings,
  context: MappingContext,
) => MappedDocument & { warnings?: readonly MappingWarning[] };

/** What the workflows on one connection share (send, order import). */
export interface WorkflowDeps {
  connectionId: string;
  store: StateStore;
  gateway: FortnoxGateway;
  registers: HostRegisters;
  hostOrders: HostOrders;
  clock: Clock;
  settings: () => Promise<IntegrationSettings>;
}

/** What the send workflow works with. */
export interface SendDeps extends WorkflowDeps {
  mapOrder: MapOrderFn;
  /** Whether the host uses subgroups. @default false */
  usesSubgroups?: boolean;
  /** This process's lease holder id. */
  holder: string;
  /** How long a dead sender's lease blocks the order. @default DEFAULT_LEASE_MS (10 s) */
  leaseMs?: number;
}

/** What one send did. */
export interface SendResult {
  orderId: string;
  target: FortnoxTarget;
  documentNumber: string;
  /** A new Fortnox document was written by this call. */
  created: boolean;
  /** An existing Fortnox document was updated (setting 19). */
  updated: boolean;
  /** The invoice, when one exists (target invoice, or created with setting 36). */
  invoiceNumber: string | undefined;
  invoiceSent: boolean;
  /** The host order is marked invoiced (setting 18, or Fortnox already reported it). */
  invoiced: boolean;
  /** What the mapping had to shorten, replace or drop (empty when nothing was mapped). */
  warnings: readonly MappingWarning[];
}
