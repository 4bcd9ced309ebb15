/** Invoice actions: bookkeep, cancel, credit and the ways of sending. */

import { badRequest, FORTNOX_CODES } from '../http/fortnox-error.js';
import type { InvoiceRecord } from '../schemas/documents.js';
import { stockholmDate } from '../time.js';
import type { DomainContext } from './context.js';
import { assertEditable, getInvoice, newInvoice, saveInvoice } from './invoices.js';

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
