import { z } from 'zod';
import type { FortnoxRequester, RequestOptions } from '../../client/request.js';
import { FortnoxInvoiceInput } from '../documents/documents.js';
import {
  OptionalBoolean,
  OptionalFortnoxDate,
  OptionalFortnoxNumber,
  OptionalReference,
  OptionalText,
} from '../schemas/primitives.js';
import { documentHeadFields, FortnoxDocumentRow } from './document-schemas.js';
import {
  createCrudOperations,
  documentOperations,
  entityPath,
  unwrap,
} from './resource-helpers.js';

/**
 * An invoice as Fortnox returns it. There is no "fully paid" flag: `Balance` 0 (or a
 * `FinalPayDate`) means paid. `Booked`, `Sent`, `Cancelled`, `Credit` are read-only. Read
 * single or as a (slim) list item; fields it does not name are kept; references are
 * absent when Fortnox says "none".
 */
export const FortnoxInvoice = z.looseObject({
  ...documentHeadFields,
  InvoiceDate: OptionalFortnoxDate,
  DueDate: OptionalFortnoxDate,
  InvoiceType: OptionalText,
  OCR: OptionalText,
  Booked: OptionalBoolean,
  Balance: OptionalFortnoxNumber,
  FinalPayDate: OptionalFortnoxDate,
  Credit: OptionalBoolean,
  CreditInvoiceReference: OptionalReference,
  OrderReference: OptionalReference,
  VoucherNumber: OptionalFortnoxNumber,
  VoucherSeries: OptionalText,
  VoucherYear: OptionalFortnoxNumber,
  InvoiceRows: z.array(FortnoxDocumentRow).optional(),
});
/** An invoice read from Fortnox. */
export type FortnoxInvoice = z.infer<typeof FortnoxInvoice>;

/**
 * How an invoice leaves Fortnox: by e-mail, by post (Fortnox prints and mails it), as an
 * e-invoice, or marked sent without Fortnox sending anything. Never `print`, which also
 * marks it sent but only hands back a PDF.
 */
export type InvoiceSendChannel = 'email' | 'eprint' | 'einvoice' | 'externalprint';

// Fortnox sends by GET and only marks "sent externally" by PUT.
const CHANNEL_METHODS = {
  email: 'GET',
  eprint: 'GET',
  einvoice: 'GET',
  externalprint: 'PUT',
} as const satisfies Record<InvoiceSendChannel, 'GET' | 'PUT'>;

/** Filters of `invoices.list`. */
export type InvoiceFilter = 'cancelled' | 'fullypaid' | 'unpaid' | 'unpaidoverdue' | 'unbooked';
/** Sort keys of `invoices.list`. */
export type InvoiceSortBy =
  | 'customername'
  | 'customernumber'
  | 'documentnumber'
  | 'invoicedate'
  | 'ocr'
  | 'total';

/**
 * `/3/invoices` (scope `invoice`): list, get, create, update, findByReference, send, bookkeep,
 * cancel, credit, email, eprint, einvoice, externalPrint, preview. Viewing uses `preview` and never
 * `/print`, which would mark the invoice as sent. Writes and sending actions are never
 * retried after a 5xx or network error.
 */
export function createInvoicesResource(request: FortnoxRequester) {
  const crud = createCrudOperations<
    typeof FortnoxInvoice,
    typeof FortnoxInvoice,
    typeof FortnoxInvoiceInput,
    InvoiceFilter,
    InvoiceSortBy
  >(request, {
    path: 'invoices',
    wrapper: 'Invoice',
    listKey: 'Invoices',
    item: FortnoxInvoice,
    full: FortnoxInvoice,
    write: FortnoxInvoiceInput,
    idempotentUpdate: false,
  });
  const single = unwrap('Invoice', FortnoxInvoice);
  const act =
    (method: 'GET' | 'PUT', name: string) =>
    (documentNumber: string | number, options?: RequestOptions) =>
      request({
        method,
        path: `${entityPath('invoices', documentNumber)}/${name}`,
        schema: single,
        idempotent: false,
        ...options,
      });

  return {
    ...documentOperations(crud),
    /**
     * Sends the invoice through `channel` (the action of that name below), never retried
     * blindly. The answer is read but not validated: the invoice has left, and a surprising
     * answer must not make a sent invoice look unsent.
     */
    async send(
      documentNumber: string | number,
      channel: InvoiceSendChannel,
      options?: RequestOptions,
    ): Promise<void> {
      await request({
        method: CHANNEL_METHODS[channel],
        path: `${entityPath('invoices', documentNumber)}/${channel}`,
        idempotent: false,
        ...options,
      });
    },
    /** Books the invoice (`PUT /{n}/bookkeep`); it must be finalized (else 2003498). */
    bookkeep: act('PUT', 'bookkeep'),
    /** Cancels the invoice (`PUT /{n}/cancel`). */
    cancel: act('PUT', 'cancel'),
    /** Creates a credit invoice (`PUT /{n}/credit`); see `CreditInvoiceReference`. */
    credit: act('PUT', 'credit'),
    /** E-mails the invoice to the customer (`GET /{n}/email`); sets Sent. */
    email: act(CHANNEL_METHODS.email, 'email'),
    /** Sends the invoice by post through Fortnox (`GET /{n}/eprint`); sets Sent. */
    eprint: act(CHANNEL_METHODS.eprint, 'eprint'),
    /** Sends the invoice as an e-invoice (`GET /{n}/einvoice`); sets Sent. */
    einvoice: act(CHANNEL_METHODS.einvoice, 'einvoice'),
    /** Marks the invoice as sent without sending anything (`PUT /{n}/externalprint`). */
    externalPrint: act(CHANNEL_METHODS.externalprint, 'externalprint'),
    /** The invoice as PDF bytes (`GET /{n}/preview`): does not mark it as sent. */
    preview: (documentNumber: string | number, options?: RequestOptions) =>
      request({
        method: 'GET',
        path: `${entityPath('invoices', documentNumber)}/preview`,
        responseType: 'pdf',
        ...options,
      }) as Promise<Uint8Array>,
  };
}
/** The invoices resource. */
export type InvoicesResource = ReturnType<typeof createInvoicesResource>;
