import { type DomainContext, resourceUrl } from '../domain/context.js';
import {
  checkHeadReferences,
  customerDefaults,
  documentCustomer,
} from '../domain/document-head.js';
import { applyRows } from '../domain/document-rows.js';
import { documentTotals } from '../domain/totals.js';
import { badRequest, FORTNOX_CODES, notFound } from '../http/fortnox-error.js';
import { type ListSpec, listRecords } from '../http/list.js';
import { jsonResponse, pdfResponse } from '../http/responses.js';
import { type Route, route } from '../http/route.js';
import { parseWrapped, readJson } from '../http/validate.js';
import { createPdf } from '../pdf.js';
import { type OrderRecord, OrderWrite } from '../schemas/documents.js';
import { stockholmDate } from '../time.js';
import { createInvoiceFromOrder, invoiceFull } from './invoices.js';

/** The full order as `GET /3/orders/{n}` returns it. */
export function orderFull(ctx: DomainContext, r: OrderRecord) {
  return { '@url': resourceUrl(ctx, 'orders', r.DocumentNumber), ...r };
}

function orderItem(ctx: DomainContext, r: OrderRecord) {
  return {
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
  };
}

/** Finds an order or throws 404. */
export function getOrder(ctx: DomainContext, number: string): OrderRecord {
  const found = ctx.tenant.orders.get(number);
  if (!found) throw notFound(`Kunde inte hitta order: ${number}`);
  return found;
}

function save(ctx: DomainContext, order: OrderRecord, type: string): OrderRecord {
  const totals = documentTotals(order.OrderRows, order.Freight ?? 0, order.VATIncluded ?? false);
  const record = { ...order, ...totals };
  ctx.tenant.orders.set(record.DocumentNumber, record, ctx.now);
  ctx.publish('orders', type, record.DocumentNumber);
  return record;
}

/** Creates an order; rows default from the articles and the customer's price list. */
export function createOrder(ctx: DomainContext, write: OrderWrite): OrderRecord {
  const customer = documentCustomer(ctx, write.CustomerNumber);
  const { OrderRows = [], ...head } = write;
  const merged = { ...customerDefaults(customer), ...head };
  checkHeadReferences(ctx, merged);
  const today = stockholmDate(ctx.now);
  const order: OrderRecord = {
    ...merged,
    DocumentNumber: ctx.tenant.orders.nextNumber(),
    CustomerNumber: customer.CustomerNumber,
    OrderDate: head.OrderDate ?? today,
    DeliveryDate: head.DeliveryDate ?? head.OrderDate ?? today,
    OrderRows: applyRows(ctx, OrderRows, [], merged.PriceList),
    Cancelled: false,
    Sent: false,
    InvoiceReference: '0',
    OrderType: 'Order',
    Net: 0,
    Gross: 0,
    TotalVAT: 0,
    RoundOff: 0,
    Total: 0,
  };
  return save(ctx, order, 'order-created-v1');
}

function assertOpen(order: OrderRecord): void {
  if (order.Cancelled)
    throw badRequest(FORTNOX_CODES.documentLocked, `Ordern ${order.DocumentNumber} är makulerad.`);
  if (order.InvoiceReference !== '0') {
    throw badRequest(
      FORTNOX_CODES.documentLocked,
      `Ordern ${order.DocumentNumber} är redan fakturerad.`,
    );
  }
}

/** Updates an order (partial head; rows by Fortnox's RowId rules). */
export function updateOrder(ctx: DomainContext, number: string, write: OrderWrite): OrderRecord {
  const current = getOrder(ctx, number);
  assertOpen(current);
  if (write.CustomerNumber !== undefined) documentCustomer(ctx, write.CustomerNumber);
  const { OrderRows, ...head } = write;
  const merged = { ...current, ...head };
  checkHeadReferences(ctx, head);
  const rows = OrderRows
    ? applyRows(ctx, OrderRows, current.OrderRows, merged.PriceList ?? 'A')
    : current.OrderRows;
  return save(ctx, { ...merged, OrderRows: rows }, 'order-updated-v1');
}

/** Cancels an order that is not invoiced. */
export function cancelOrder(ctx: DomainContext, number: string): OrderRecord {
  const order = getOrder(ctx, number);
  assertOpen(order);
  return save(ctx, { ...order, Cancelled: true }, 'order-cancelled-v1');
}

/** Marks an order as sent (print, e-mail, external print). */
export function markOrderSent(ctx: DomainContext, number: string, needsEmail = false): OrderRecord {
  const order = getOrder(ctx, number);
  if (order.Cancelled)
    throw badRequest(FORTNOX_CODES.documentLocked, `Ordern ${number} är makulerad.`);
  if (needsEmail) {
    const customer = ctx.tenant.customers.get(order.CustomerNumber);
    if (!order.EmailInformation?.EmailAddressTo && !customer?.EmailOrder && !customer?.Email) {
      throw badRequest(FORTNOX_CODES.emptyOrIncorrectBody, 'Ingen e-postadress att skicka till.');
    }
  }
  return save(ctx, { ...order, Sent: true }, 'order-updated-v1');
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
      documentnumber: (r) => Number(r.DocumentNumber),
      customername: (r) => r.CustomerName.toLowerCase(),
      customernumber: (r) => r.CustomerNumber,
      orderdate: (r) => r.OrderDate,
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
      sent: (r) => String(r.Sent),
      notcompleted: (r) => String(r.NotCompleted ?? false),
    },
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
  route('PUT', '/3/orders/:n/createinvoice', 'order', (ctx) => {
    const order = getOrder(ctx, n(ctx));
    assertOpen(order);
    const invoice = createInvoiceFromOrder(ctx, order);
    save(ctx, { ...order, InvoiceReference: invoice.DocumentNumber }, 'order-updated-v1');
    return jsonResponse({ Invoice: invoiceFull(ctx, invoice) });
  }),
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
