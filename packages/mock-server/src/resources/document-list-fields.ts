import type { InvoiceRecord, OrderRecord } from '../schemas/documents.js';

type DocumentRecord = OrderRecord | InvoiceRecord;

/**
 * The `sortby` values orders and invoices share; each resource adds its date (and invoices
 * `ocr`). Fortnox documents the invoice list as "as orders, plus …".
 */
export function documentSortFields<T extends DocumentRecord>() {
  return {
    documentnumber: (r: T) => Number(r.DocumentNumber),
    customername: (r: T) => r.CustomerName.toLowerCase(),
    customernumber: (r: T) => r.CustomerNumber,
  };
}

/** The substring search fields orders and invoices share. */
export function documentSearchFields<T extends DocumentRecord>() {
  return {
    customernumber: (r: T) => r.CustomerNumber,
    documentnumber: (r: T) => r.DocumentNumber,
    externalinvoicereference1: (r: T) => r.ExternalInvoiceReference1,
    externalinvoicereference2: (r: T) => r.ExternalInvoiceReference2,
    costcenter: (r: T) => r.CostCenter,
    project: (r: T) => r.Project,
    yourreference: (r: T) => r.YourReference,
    sent: (r: T) => String(r.Sent),
    notcompleted: (r: T) => String(r.NotCompleted ?? false),
  };
}
