/** Invoices: create (also from an order), update, and the rules that lock them. */

import { badRequest, FORTNOX_CODES, notFound } from '../http/fortnox-error.js';
import type {
  DocumentRow,
  InvoiceRecord,
  InvoiceWrite,
  OrderRecord,
} from '../schemas/documents.js';
import { addDays, stockholmDate } from '../time.js';
import type { DomainContext } from './context.js';
import {
  assertSameNumber,
  checkHeadReferences,
  customerDefaults,
  documentCustomer,
  newDocumentNumber,
} from './document-head.js';
import { applyRows } from './document-rows.js';
import { ocrFor } from './ocr.js';
import { documentTotals } from './totals.js';

/** Finds an invoice or throws 404. */
export function getInvoice(ctx: DomainContext, number: string): InvoiceRecord {
  const found = ctx.tenant.invoices.get(number);
  if (!found) throw notFound(`Kunde inte hitta faktura: ${number}`);
  return found;
}

/** Stores an invoice with fresh totals; the balance follows the total until paid. */
export function saveInvoice(
  ctx: DomainContext,
  invoice: InvoiceRecord,
  type: string,
): InvoiceRecord {
  const totals = documentTotals(
    invoice.InvoiceRows,
    invoice.Freight ?? 0,
    invoice.VATIncluded ?? false,
  );
  const paid = invoice.Total - invoice.Balance;
  const record = { ...invoice, ...totals, Balance: Math.round((totals.Total - paid) * 100) / 100 };
  ctx.tenant.invoices.set(record.DocumentNumber, record, ctx.now);
  ctx.publish('invoices', type, record.DocumentNumber);
  return record;
}

function dueDate(ctx: DomainContext, invoiceDate: string, terms: string | undefined): string {
  if (!terms) return addDays(invoiceDate, 30);
  // A term created through the API has no days of its own: a numeric code ("45") is its days.
  const fromCode = /^\d+$/.test(terms) ? Number(terms) : 30;
  const days = ctx.tenant.termsOfPayment.get(terms)?.NumberOfDays ?? fromCode;
  return addDays(invoiceDate, days);
}

export function newInvoice(
  ctx: DomainContext,
  head: Omit<InvoiceWrite, 'InvoiceRows'>,
  rows: DocumentRow[],
): InvoiceRecord {
  const number = newDocumentNumber(ctx.tenant.invoices, head.DocumentNumber);
  const invoiceDate = head.InvoiceDate ?? stockholmDate(ctx.now);
  return {
    ...head,
    DocumentNumber: number,
    CustomerNumber: head.CustomerNumber as string,
    CustomerName: head.CustomerName ?? '',
    InvoiceDate: invoiceDate,
    DueDate: head.DueDate ?? dueDate(ctx, invoiceDate, head.TermsOfPayment),
    OCR: head.OCR ?? ocrFor(number),
    InvoiceType: head.InvoiceType ?? 'INVOICE',
    InvoiceRows: rows,
    Cancelled: false,
    Sent: false,
    Booked: false,
    Credit: false,
    CreditInvoiceReference: '0',
    OrderReference: '0',
    Balance: 0,
    FinalPayDate: null,
    VoucherNumber: null,
    VoucherSeries: null,
    VoucherYear: null,
    Net: 0,
    Gross: 0,
    TotalVAT: 0,
    RoundOff: 0,
    Total: 0,
  };
}

/** Creates an invoice; rows default from the articles and the customer's price list. */
export function createInvoice(ctx: DomainContext, write: InvoiceWrite): InvoiceRecord {
  const customer = documentCustomer(ctx, write.CustomerNumber);
  const { InvoiceRows = [], ...head } = write;
  const merged = {
    ...customerDefaults(customer),
    ...head,
    CustomerNumber: customer.CustomerNumber,
  };
  checkHeadReferences(ctx, merged);
  const rows = applyRows(ctx, InvoiceRows, [], merged.PriceList);
  return saveInvoice(ctx, newInvoice(ctx, merged, rows), 'invoice-created-v1');
}

/** The invoice an order's `createinvoice` action makes (remarks only with CopyRemarks). */
export function createInvoiceFromOrder(ctx: DomainContext, order: OrderRecord): InvoiceRecord {
  const {
    OrderRows,
    OrderDate: _d,
    CopyRemarks,
    Remarks,
    DocumentNumber,
    Cancelled: _c,
    Sent: _s,
    InvoiceReference: _i,
    OrderType: _t,
    Net: _n,
    Gross: _g,
    TotalVAT: _v,
    RoundOff: _r,
    Total: _o,
    ...head
  } = order;
  const rows = OrderRows.map(({ OrderedQuantity: _q, ...row }) => ({
    ...row,
    RowId: ++ctx.tenant.rowIdCounter,
  }));
  const invoice = newInvoice(
    ctx,
    { ...head, ...(CopyRemarks && Remarks ? { Remarks } : {}) },
    rows,
  );
  return saveInvoice(ctx, { ...invoice, OrderReference: DocumentNumber }, 'invoice-created-v1');
}

export function assertEditable(invoice: InvoiceRecord): void {
  if (invoice.Cancelled)
    throw badRequest(
      FORTNOX_CODES.documentLocked,
      `Fakturan ${invoice.DocumentNumber} är makulerad.`,
    );
  if (invoice.Booked)
    throw badRequest(
      FORTNOX_CODES.documentLocked,
      `Fakturan ${invoice.DocumentNumber} är bokförd.`,
    );
}

/** Updates an unbooked invoice. */
export function updateInvoice(
  ctx: DomainContext,
  number: string,
  write: InvoiceWrite,
): InvoiceRecord {
  const current = getInvoice(ctx, number);
  assertEditable(current);
  assertSameNumber(write.DocumentNumber, number);
  if (write.CustomerNumber !== undefined) documentCustomer(ctx, write.CustomerNumber);
  const { InvoiceRows, ...head } = write;
  checkHeadReferences(ctx, head);
  const merged = { ...current, ...head };
  const rows = InvoiceRows
    ? applyRows(ctx, InvoiceRows, current.InvoiceRows, merged.PriceList ?? 'A')
    : current.InvoiceRows;
  return saveInvoice(ctx, { ...merged, InvoiceRows: rows }, 'invoice-updated-v1');
}
