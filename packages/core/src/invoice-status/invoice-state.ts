import { z } from 'zod';
import type { FortnoxInvoice } from '../fortnox/resources/invoices.js';
import { InvoiceState } from '../handler/contract.js';
import { FortnoxTarget } from '../host/index.js';

/**
 * What the kit knows about the Fortnox side of one sent host order: the document it became,
 * its invoice (once there is one) and that invoice's state. Stored per order, so it
 * survives restarts.
 */
export const TrackedInvoiceStatus = z.object({
  orderId: z.string(),
  target: FortnoxTarget,
  documentNumber: z.string(),
  /** The invoice (the document itself for target invoice; the order's InvoiceReference). */
  invoiceNumber: z.string().nullable(),
  /** Fortnox has an invoice for the order ("invoiced" in fortnox-api.md's status table). */
  invoiceCreated: z.boolean(),
  state: z.nullable(InvoiceState),
  /** The host order is marked invoiced. */
  hostInvoiced: z.boolean(),
  /** Epoch ms of the last change. */
  changedAt: z.number(),
});
export type TrackedInvoiceStatus = z.infer<typeof TrackedInvoiceStatus>;

/** A change of a tracked status, as published to subscribers and the host callback. */
export interface InvoiceStatusChange {
  orderId: string;
  previous: TrackedInvoiceStatus | undefined;
  current: TrackedInvoiceStatus;
}

/**
 * The state of a Fortnox invoice (fortnox-api.md "Status mapping"): cancelled, credited
 * (a credit invoice refers to it), paid (nothing left to pay), booked, sent, else unsent.
 *
 * @example invoiceState({ DocumentNumber: '5', Sent: true }) // 'sent'
 */
export function invoiceState(invoice: FortnoxInvoice): InvoiceState {
  if (invoice.Cancelled) return 'cancelled';
  if (invoice.CreditInvoiceReference && !invoice.Credit) return 'credited';
  const balance = typeof invoice.Balance === 'number' ? invoice.Balance : undefined;
  const total = typeof invoice.Total === 'number' ? invoice.Total : undefined;
  if (invoice.FinalPayDate || (balance === 0 && total !== undefined && total !== 0)) return 'paid';
  if (invoice.Booked) return 'booked';
  if (invoice.Sent) return 'sent';
  return 'unsent';
}

/** States in which the host order counts as invoiced when setting 18 is off. */
export function countsAsInvoiced(state: InvoiceState | null): boolean {
  return state === 'sent' || state === 'booked' || state === 'paid';
}

/** States after which nothing changes any more (polling can stop asking). */
export function isFinalState(state: InvoiceState | null): boolean {
  return state === 'paid' || state === 'cancelled' || state === 'credited';
}
