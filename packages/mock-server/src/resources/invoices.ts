import type { DomainContext } from '../domain/context.js';
import {
  bookkeepInvoice,
  cancelInvoice,
  creditInvoice,
  sendInvoice,
} from '../domain/invoice-actions.js';
import { createInvoice, getInvoice, updateInvoice } from '../domain/invoices.js';
import { listRecords } from '../http/list.js';
import { jsonResponse, pdfResponse } from '../http/responses.js';
import { type Route, route } from '../http/route.js';
import { parseWrapped, readJson } from '../http/validate.js';
import { type InvoiceRecord, InvoiceWrite } from '../schemas/documents.js';
import { invoiceFull, invoiceListSpec, invoicePdf } from './invoice-views.js';

const n = (ctx: { params: readonly string[] }) => ctx.params[0] as string;
const wrap = (ctx: DomainContext, invoice: InvoiceRecord) =>
  jsonResponse({ Invoice: invoiceFull(ctx, invoice) });

/** `/3/invoices` (scope `invoice`) with its actions. */
export const invoiceRoutes: Route[] = [
  route('GET', '/3/invoices', 'invoice', (ctx) =>
    jsonResponse(listRecords(ctx.tenant.invoices, invoiceListSpec(ctx), ctx.url.searchParams)),
  ),
  route('GET', '/3/invoices/:n', 'invoice', (ctx) => wrap(ctx, getInvoice(ctx, n(ctx)))),
  route('POST', '/3/invoices', 'invoice', async (ctx) => {
    const write = parseWrapped(await readJson(ctx.request), 'Invoice', InvoiceWrite);
    return jsonResponse({ Invoice: invoiceFull(ctx, createInvoice(ctx, write)) }, 201);
  }),
  route('PUT', '/3/invoices/:n', 'invoice', async (ctx) => {
    const write = parseWrapped(await readJson(ctx.request), 'Invoice', InvoiceWrite);
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
