import { type DomainContext, resourceUrl } from '../domain/context.js';
import { contribution } from '../domain/contribution.js';
import {
  cancelOrder,
  createOrder,
  getOrder,
  invoiceOrder,
  markOrderSent,
  updateOrder,
} from '../domain/orders.js';
import { type ListSpec, listRecords } from '../http/list.js';
import { presentListItem, presentRecord } from '../http/present.js';
import { jsonResponse, pdfResponse } from '../http/responses.js';
import { type Route, route } from '../http/route.js';
import { parseWrapped, readJson } from '../http/validate.js';
import { createPdf } from '../pdf.js';
import { type OrderRecord, OrderWrite } from '../schemas/documents.js';
import { orderFields } from '../schemas/field-table/index.js';
import { documentSearchFields, documentSortFields } from './document-list-fields.js';
import { invoiceFull } from './invoice-views.js';

/** The full order as `GET /3/orders/{n}` returns it. */
export function orderFull(ctx: DomainContext, r: OrderRecord) {
  return presentRecord(orderFields, {
    '@url': resourceUrl(ctx, 'orders', r.DocumentNumber),
    ...r,
    ...contribution(ctx, r.OrderRows, r.Net),
  });
}

function orderItem(ctx: DomainContext, r: OrderRecord) {
  return presentListItem(orderFields, {
    '@url': resourceUrl(ctx, 'orders', r.DocumentNumber),
    Cancelled: r.Cancelled,
    Currency: r.Currency ?? 'SEK',
    CustomerName: r.CustomerName,
    CustomerNumber: r.CustomerNumber,
    DeliveryDate: r.DeliveryDate ?? null,
    DocumentNumber: r.DocumentNumber,
    ExternalInvoiceReference1: r.ExternalInvoiceReference1 ?? '',
    ExternalInvoiceReference2: r.ExternalInvoiceReference2 ?? '',
    OrderDate: r.OrderDate,
    OrderType: r.OrderType,
    Project: r.Project ?? '',
    Sent: r.Sent,
    Total: r.Total,
  });
}

export function orderPdf(order: OrderRecord): Uint8Array {
  return createPdf([
    `Order ${order.DocumentNumber}`,
    `Kund: ${order.CustomerName} (${order.CustomerNumber})`,
    `Orderdatum: ${order.OrderDate}`,
    ...order.OrderRows.map(
      (r) => `${r.Description ?? ''}  ${r.OrderedQuantity ?? ''}  ${r.Total.toFixed(2)}`,
    ),
    `Att betala: ${order.Total.toFixed(2)} ${order.Currency ?? 'SEK'}`,
  ]);
}

function listSpec(ctx: DomainContext): ListSpec<OrderRecord> {
  return {
    collection: 'Orders',
    item: (r) => orderItem(ctx, r),
    sortFields: {
      ...documentSortFields<OrderRecord>(),
      orderdate: (r) => r.OrderDate,
      total: (r) => r.Total,
    },
    searchFields: documentSearchFields<OrderRecord>(),
    filters: {
      cancelled: (r) => r.Cancelled,
      expired: () => false,
      invoicecreated: (r) => r.InvoiceReference !== '0',
      invoicenotcreated: (r) => r.InvoiceReference === '0' && !r.Cancelled,
    },
    lastModified: true,
    documentDate: (r) => r.OrderDate,
  };
}

const n = (ctx: { params: readonly string[] }) => ctx.params[0] as string;

/** `/3/orders` (scope `order`) with its actions. */
export const orderRoutes: Route[] = [
  route('GET', '/3/orders', 'order', (ctx) =>
    jsonResponse(listRecords(ctx.tenant.orders, listSpec(ctx), ctx.url.searchParams)),
  ),
  route('GET', '/3/orders/:n', 'order', (ctx) =>
    jsonResponse({ Order: orderFull(ctx, getOrder(ctx, n(ctx))) }),
  ),
  route('POST', '/3/orders', 'order', async (ctx) => {
    const write = parseWrapped(await readJson(ctx.request), 'Order', OrderWrite);
    return jsonResponse({ Order: orderFull(ctx, createOrder(ctx, write)) }, 201);
  }),
  route('PUT', '/3/orders/:n', 'order', async (ctx) => {
    const write = parseWrapped(await readJson(ctx.request), 'Order', OrderWrite);
    return jsonResponse({ Order: orderFull(ctx, updateOrder(ctx, n(ctx), write)) });
  }),
  route('PUT', '/3/orders/:n/createinvoice', 'order', (ctx) =>
    jsonResponse({ Invoice: invoiceFull(ctx, invoiceOrder(ctx, n(ctx))) }),
  ),
  route('PUT', '/3/orders/:n/cancel', 'order', (ctx) =>
    jsonResponse({ Order: orderFull(ctx, cancelOrder(ctx, n(ctx))) }),
  ),
  route('GET', '/3/orders/:n/preview', 'order', (ctx) =>
    pdfResponse(orderPdf(getOrder(ctx, n(ctx)))),
  ),
  route('GET', '/3/orders/:n/print', 'order', (ctx) =>
    pdfResponse(orderPdf(markOrderSent(ctx, n(ctx)))),
  ),
  route('GET', '/3/orders/:n/email', 'order', (ctx) =>
    jsonResponse({ Order: orderFull(ctx, markOrderSent(ctx, n(ctx), true)) }),
  ),
  route('PUT', '/3/orders/:n/externalprint', 'order', (ctx) =>
    jsonResponse({ Order: orderFull(ctx, markOrderSent(ctx, n(ctx))) }),
  ),
];
