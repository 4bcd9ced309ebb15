import { type DomainContext, resourceUrl } from '../domain/context.js';
import {
  checkHeadReferences,
  customerDefaults,
  documentCustomer,
} from '../domain/document-head.js';
import { applyRows } from '../domain/document-rows.js';
import { ocrFor } from '../domain/ocr.js';
import { documentTotals } from '../domain/totals.js';
import { badRequest, FORTNOX_CODES, notFound } from '../http/fortnox-error.js';
import { type ListSpec, listRecords } from '../http/list.js';
import { jsonResponse, pdfResponse } from '../http/responses.js';
import { type Route, route } from '../http/route.js';
import { parseWrapped, readJson } from '../http/validate.js';
import { createPdf } from '../pdf.js';
import type {
  DocumentRow,
  InvoiceRecord,
  InvoiceWrite,
  OrderRecord,
} from '../schemas/documents.js';
import { InvoiceWrite as InvoiceWriteSchema } from '../schemas/documents.js';
import { addDays, stockholmDate } from '../time.js';

/** The full invoice as `GET /3/invoices/{n}` returns it. */
export function invoiceFull(ctx: DomainContext, r: InvoiceRecord) {
  return { '@url': resourceUrl(ctx, 'invoices', r.DocumentNumber), ...r };
}

function invoiceItem(ctx: DomainContext, r: InvoiceRecord) {
  return {
    '@url': resourceUrl(ctx, 'invoices', r.DocumentNumber),
    Balance: r.Balance,
    Booked: r.Booked,
    Cancelled: r.Cancelled,
    CostCenter: r.CostCenter ?? '',
    Currency: r.Currency ?? 'SEK',
    CustomerName: r.CustomerName,
    CustomerNumber: r.CustomerNumber,
    DocumentNumber: r.DocumentNumber,
    DueDate: r.DueDate,
    ExternalInvoiceReference1: r.ExternalInvoiceReference1 ?? '',
    ExternalInvoiceReference2: r.ExternalInvoiceReference2 ?? '',
    FinalPayDate: r.FinalPayDate,
    InvoiceDate: r.InvoiceDate,
    InvoiceType: r.InvoiceType ?? 'INVOICE',
    OCR: r.OCR,
    Project: r.Project ?? '',
    Sent: r.Sent,
    TermsOfPayment: r.TermsOfPayment ?? '',
    Total: r.Total,
    VoucherNumber: r.VoucherNumber,
    VoucherSeries: r.VoucherSeries,
    VoucherYear: r.VoucherYear,
    WayOfDelivery: r.WayOfDelivery ?? '',
  };
}

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
  const days = terms ? (ctx.tenant.termsOfPayment.get(terms)?.NumberOfDays ?? 30) : 30;
  return addDays(invoiceDate, days);
}

function newInvoice(
  ctx: DomainContext,
  head: Omit<InvoiceWrite, 'InvoiceRows'>,
  rows: DocumentRow[],
): InvoiceRecord {
  const number = ctx.tenant.invoices.nextNumber();
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

function assertEditable(invoice: InvoiceRecord): void {
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
  if (write.CustomerNumber !== undefined) documentCustomer(ctx, write.CustomerNumber);
  const { InvoiceRows, ...head } = write;
  checkHeadReferences(ctx, head);
  const merged = { ...current, ...head };
  const rows = InvoiceRows
    ? applyRows(ctx, InvoiceRows, current.InvoiceRows, merged.PriceList ?? 'A')
    : current.InvoiceRows;
  return saveInvoice(ctx, { ...merged, InvoiceRows: rows }, 'invoice-updated-v1');
}

/** Bookkeeps a finalised invoice (NotCompleted invoices fail with 2003498). */
export function bookkeepInvoice(ctx: DomainContext, number: string): InvoiceRecord {
  const invoice = getInvoice(ctx, number);
  assertEditable(invoice);
  if (invoice.NotCompleted) {
    throw badRequest(
      FORTNOX_CODES.notFinalized,
      'Fakturan måste vara färdigställd innan den kan bokföras.',
    );
  }
  const voucher = ++ctx.tenant.voucherCounter;
  const year = Number(invoice.InvoiceDate.slice(0, 4));
  return saveInvoice(
    ctx,
    { ...invoice, Booked: true, VoucherNumber: voucher, VoucherSeries: 'B', VoucherYear: year },
    'invoice-bookkeep-v1',
  );
}

/** Cancels an unbooked invoice (a booked one must be credited). */
export function cancelInvoice(ctx: DomainContext, number: string): InvoiceRecord {
  const invoice = getInvoice(ctx, number);
  assertEditable(invoice);
  return saveInvoice(ctx, { ...invoice, Cancelled: true }, 'invoice-cancelled-v1');
}

/** Credits a booked invoice: a new credit invoice that points back; returns the original. */
export function creditInvoice(ctx: DomainContext, number: string): InvoiceRecord {
  const invoice = getInvoice(ctx, number);
  if (
    !invoice.Booked ||
    invoice.Cancelled ||
    invoice.Credit ||
    invoice.CreditInvoiceReference !== '0'
  ) {
    throw badRequest(FORTNOX_CODES.documentLocked, `Fakturan ${number} kan inte krediteras.`);
  }
  const rows = invoice.InvoiceRows.map((r) => ({
    ...r,
    RowId: ++ctx.tenant.rowIdCounter,
    DeliveredQuantity: -(r.DeliveredQuantity ?? 0),
    Total: -r.Total,
  }));
  const { DocumentNumber: _n, InvoiceRows: _r, OCR: _o, ...head } = invoice;
  const draft = newInvoice(
    ctx,
    { ...head, InvoiceDate: stockholmDate(ctx.now), DueDate: undefined },
    rows,
  );
  const credit = saveInvoice(
    ctx,
    { ...draft, Credit: true, CreditInvoiceReference: number },
    'invoice-created-v1',
  );
  return saveInvoice(
    ctx,
    { ...invoice, CreditInvoiceReference: credit.DocumentNumber },
    'invoice-updated-v1',
  );
}

/** Marks an invoice as sent (print, e-mail, e-invoice, e-print, external print). */
export function sendInvoice(ctx: DomainContext, number: string, needsEmail = false): InvoiceRecord {
  const invoice = getInvoice(ctx, number);
  if (invoice.Cancelled)
    throw badRequest(FORTNOX_CODES.documentLocked, `Fakturan ${number} är makulerad.`);
  if (needsEmail) {
    const customer = ctx.tenant.customers.get(invoice.CustomerNumber);
    if (!invoice.EmailInformation?.EmailAddressTo && !customer?.EmailInvoice && !customer?.Email) {
      throw badRequest(
        FORTNOX_CODES.emptyOrIncorrectBody,
        'Ingen e-postadress att skicka fakturan till.',
      );
    }
  }
  return saveInvoice(ctx, { ...invoice, Sent: true }, 'invoice-updated-v1');
}

function invoicePdf(invoice: InvoiceRecord): Uint8Array {
  return createPdf([
    `${invoice.Credit ? 'Kreditfaktura' : 'Faktura'} ${invoice.DocumentNumber}`,
    `Kund: ${invoice.CustomerName} (${invoice.CustomerNumber})`,
    `Fakturadatum: ${invoice.InvoiceDate}   Förfallodatum: ${invoice.DueDate}`,
    `OCR: ${invoice.OCR}`,
    ...invoice.InvoiceRows.map(
      (r) => `${r.Description ?? ''}  ${r.DeliveredQuantity ?? ''}  ${r.Total.toFixed(2)}`,
    ),
    `Att betala: ${invoice.Total.toFixed(2)} ${invoice.Currency ?? 'SEK'}`,
  ]);
}

function listSpec(ctx: DomainContext): ListSpec<InvoiceRecord> {
  const today = stockholmDate(ctx.now);
  return {
    collection: 'Invoices',
    item: (r) => invoiceItem(ctx, r),
    sortFields: {
      documentnumber: (r) => Number(r.DocumentNumber),
      customername: (r) => r.CustomerName.toLowerCase(),
      customernumber: (r) => r.CustomerNumber,
      invoicedate: (r) => r.InvoiceDate,
      ocr: (r) => r.OCR,
      total: (r) => r.Total,
    },
    searchFields: {
      customernumber: (r) => r.CustomerNumber,
      documentnumber: (r) => r.DocumentNumber,
      externalinvoicereference1: (r) => r.ExternalInvoiceReference1,
      externalinvoicereference2: (r) => r.ExternalInvoiceReference2,
      costcenter: (r) => r.CostCenter,
      project: (r) => r.Project,
      yourreference: (r) => r.YourReference,
      yourordernumber: (r) => r.YourOrderNumber,
      ocr: (r) => r.OCR,
      sent: (r) => String(r.Sent),
      credit: (r) => String(r.Credit),
      notcompleted: (r) => String(r.NotCompleted ?? false),
    },
    filters: {
      cancelled: (r) => r.Cancelled,
      fullypaid: (r) => !r.Cancelled && r.Balance === 0,
      unpaid: (r) => !r.Cancelled && r.Balance !== 0,
      unpaidoverdue: (r) => !r.Cancelled && r.Balance !== 0 && r.DueDate < today,
      unbooked: (r) => !r.Cancelled && !r.Booked,
    },
    lastModified: true,
    documentDate: (r) => r.InvoiceDate,
  };
}

const n = (ctx: { params: readonly string[] }) => ctx.params[0] as string;
const wrap = (ctx: DomainContext, invoice: InvoiceRecord) =>
  jsonResponse({ Invoice: invoiceFull(ctx, invoice) });

/** `/3/invoices` (scope `invoice`) with its actions. */
export const invoiceRoutes: Route[] = [
  route('GET', '/3/invoices', 'invoice', (ctx) =>
    jsonResponse(listRecords(ctx.tenant.invoices, listSpec(ctx), ctx.url.searchParams)),
  ),
  route('GET', '/3/invoices/:n', 'invoice', (ctx) => wrap(ctx, getInvoice(ctx, n(ctx)))),
  route('POST', '/3/invoices', 'invoice', async (ctx) => {
    const write = parseWrapped(await readJson(ctx.request), 'Invoice', InvoiceWriteSchema);
    return jsonResponse({ Invoice: invoiceFull(ctx, createInvoice(ctx, write)) }, 201);
  }),
  route('PUT', '/3/invoices/:n', 'invoice', async (ctx) => {
    const write = parseWrapped(await readJson(ctx.request), 'Invoice', InvoiceWriteSchema);
    return wrap(ctx, updateInvoice(ctx, n(ctx), write));
  }),
  route('PUT', '/3/invoices/:n/bookkeep', 'invoice', (ctx) =>
    wrap(ctx, bookkeepInvoice(ctx, n(ctx))),
  ),
  route('PUT', '/3/invoices/:n/cancel', 'invoice', (ctx) => wrap(ctx, cancelInvoice(ctx, n(ctx)))),
  route('PUT', '/3/invoices/:n/credit', 'invoice', (ctx) => wrap(ctx, creditInvoice(ctx, n(ctx)))),
  route('GET', '/3/invoices/:n/email', 'invoice', (ctx) =>
    wrap(ctx, sendInvoice(ctx, n(ctx), true)),
  ),
  route('GET', '/3/invoices/:n/einvoice', 'invoice', (ctx) => wrap(ctx, sendInvoice(ctx, n(ctx)))),
  route('GET', '/3/invoices/:n/eprint', 'invoice', (ctx) => wrap(ctx, sendInvoice(ctx, n(ctx)))),
  route('GET', '/3/invoices/:n/print', 'invoice', (ctx) =>
    pdfResponse(invoicePdf(sendInvoice(ctx, n(ctx)))),
  ),
  route('GET', '/3/invoices/:n/preview', 'invoice', (ctx) =>
    pdfResponse(invoicePdf(getInvoice(ctx, n(ctx)))),
  ),
  route('PUT', '/3/invoices/:n/externalprint', 'invoice', (ctx) =>
    wrap(ctx, sendInvoice(ctx, n(ctx))),
  ),
];
