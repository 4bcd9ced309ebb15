/** How invoices look on the wire: full, list item, PDF, and how they are listed. */
import { type DomainContext, resourceUrl } from '../domain/context.js';
import { contribution } from '../domain/contribution.js';
import type { ListSpec } from '../http/list.js';
import { presentListItem, presentRecord } from '../http/present.js';
import { createPdf } from '../pdf.js';
import type { InvoiceRecord } from '../schemas/documents.js';
import { invoiceFields } from '../schemas/field-table/index.js';
import { stockholmDate } from '../time.js';
import { documentSearchFields, documentSortFields } from './document-list-fields.js';

/** The full invoice as `GET /3/invoices/{n}` returns it. */
export function invoiceFull(ctx: DomainContext, r: InvoiceRecord) {
  return presentRecord(invoiceFields, {
    '@url': resourceUrl(ctx, 'invoices', r.DocumentNumber),
    ...r,
    ...contribution(ctx, r.InvoiceRows, r.Net),
  });
}

export function invoiceItem(ctx: DomainContext, r: InvoiceRecord) {
  return presentListItem(invoiceFields, {
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
  });
}

export function invoicePdf(invoice: InvoiceRecord): Uint8Array {
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

export function invoiceListSpec(ctx: DomainContext): ListSpec<InvoiceRecord> {
  const today = stockholmDate(ctx.now);
  return {
    collection: 'Invoices',
    item: (r) => invoiceItem(ctx, r),
    sortFields: {
      ...documentSortFields<InvoiceRecord>(),
      invoicedate: (r) => r.InvoiceDate,
      ocr: (r) => r.OCR,
      total: (r) => r.Total,
    },
    searchFields: {
      ...documentSearchFields<InvoiceRecord>(),
      yourordernumber: (r) => r.YourOrderNumber,
      ocr: (r) => r.OCR,
      credit: (r) => String(r.Credit),
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
