import { type DomainContext, resourceUrl } from '../domain/context.js';
import { getInvoice } from '../domain/invoices.js';
import { badRequest, FORTNOX_CODES, notFound } from '../http/fortnox-error.js';
import { listRecords } from '../http/list.js';
import { presentListItem, presentRecord } from '../http/present.js';
import { jsonResponse, noContent } from '../http/responses.js';
import { type Route, route } from '../http/route.js';
import { parseWrapped, readJson, requireFields } from '../http/validate.js';
import { type InvoicePaymentRecord, InvoicePaymentWrite } from '../schemas/documents.js';
import { invoicePaymentFields } from '../schemas/field-table/index.js';
import { stockholmDate } from '../time.js';

const round2 = (n: number) => Math.round(n * 100) / 100;

function paymentFull(ctx: DomainContext, p: InvoicePaymentRecord) {
  return presentRecord(invoicePaymentFields, {
    '@url': resourceUrl(ctx, 'invoicepayments', p.Number),
    ...p,
    Currency: 'SEK',
  });
}

function getPayment(ctx: DomainContext, number: string): InvoicePaymentRecord {
  const found = ctx.tenant.invoicePayments.get(number);
  if (!found) throw notFound(`Kunde inte hitta inbetalning: ${number}`);
  return found;
}

function applyToInvoice(
  ctx: DomainContext,
  invoiceNumber: string,
  amount: number,
  paymentDate: string,
): void {
  const invoice = getInvoice(ctx, invoiceNumber);
  const balance = round2(invoice.Balance - amount);
  const record = { ...invoice, Balance: balance, FinalPayDate: balance === 0 ? paymentDate : null };
  ctx.tenant.invoices.set(invoice.DocumentNumber, record, ctx.now);
  ctx.publish('invoices', 'invoice-updated-v1', invoice.DocumentNumber);
}

/** Registers a payment on a booked invoice (no overpayment); the balance drops at once. */
export function createPayment(
  ctx: DomainContext,
  input: { InvoiceNumber: string; Amount: number; PaymentDate?: string; ModeOfPayment?: string },
): InvoicePaymentRecord {
  const invoice = ctx.tenant.invoices.get(input.InvoiceNumber);
  if (!invoice)
    throw badRequest(FORTNOX_CODES.notFound, `Kunde inte hitta faktura: ${input.InvoiceNumber}`);
  if (invoice.Cancelled || !invoice.Booked) {
    throw badRequest(
      FORTNOX_CODES.documentLocked,
      'Inbetalningar kan bara registreras på bokförda fakturor.',
    );
  }
  if (input.Amount <= 0 || input.Amount > invoice.Balance) {
    throw badRequest(
      FORTNOX_CODES.emptyOrIncorrectBody,
      `Beloppet måste vara mellan 0 och ${invoice.Balance}.`,
    );
  }
  const payment: InvoicePaymentRecord = {
    ...input,
    PaymentDate: input.PaymentDate ?? stockholmDate(ctx.now),
    Number: ctx.tenant.invoicePayments.nextNumber(),
    Booked: false,
  };
  ctx.tenant.invoicePayments.set(payment.Number, payment, ctx.now);
  applyToInvoice(ctx, payment.InvoiceNumber, payment.Amount, payment.PaymentDate);
  return payment;
}

/** `/3/invoicepayments` (scope `payment`). */
export const invoicePaymentRoutes: Route[] = [
  route('GET', '/3/invoicepayments', 'payment', (ctx) =>
    jsonResponse(
      listRecords(
        ctx.tenant.invoicePayments,
        {
          collection: 'InvoicePayments',
          item: (p) => presentListItem(invoicePaymentFields, paymentFull(ctx, p)),
          searchFields: { invoicenumber: (p) => p.InvoiceNumber },
        },
        ctx.url.searchParams,
      ),
    ),
  ),
  route('GET', '/3/invoicepayments/:n', 'payment', (ctx) =>
    jsonResponse({ InvoicePayment: paymentFull(ctx, getPayment(ctx, ctx.params[0] as string)) }),
  ),
  route('POST', '/3/invoicepayments', 'payment', async (ctx) => {
    const write = parseWrapped(await readJson(ctx.request), 'InvoicePayment', InvoicePaymentWrite);
    requireFields(write, ['InvoiceNumber', 'Amount']);
    const payment = createPayment(ctx, write as Parameters<typeof createPayment>[1]);
    return jsonResponse({ InvoicePayment: paymentFull(ctx, payment) }, 201);
  }),
  route('PUT', '/3/invoicepayments/:n/bookkeep', 'payment', (ctx) => {
    const payment = getPayment(ctx, ctx.params[0] as string);
    if (payment.Booked)
      throw badRequest(FORTNOX_CODES.documentLocked, 'Inbetalningen är redan bokförd.');
    const record = { ...payment, Booked: true };
    ctx.tenant.invoicePayments.set(payment.Number, record, ctx.now);
    ctx.publish('invoices', 'invoicepayment-bookkeep-v1', payment.Number);
    return jsonResponse({ InvoicePayment: paymentFull(ctx, record) });
  }),
  route('DELETE', '/3/invoicepayments/:n', 'payment', (ctx) => {
    const payment = getPayment(ctx, ctx.params[0] as string);
    if (payment.Booked)
      throw badRequest(FORTNOX_CODES.documentLocked, 'En bokförd inbetalning kan inte tas bort.');
    ctx.tenant.invoicePayments.delete(payment.Number);
    applyToInvoice(ctx, payment.InvoiceNumber, -payment.Amount, payment.PaymentDate);
    ctx.publish('invoices', 'invoicepayment-deleted-v1', payment.Number);
    return noContent();
  }),
];
