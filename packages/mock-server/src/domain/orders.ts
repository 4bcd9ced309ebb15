/** Orders: create, update (rows by RowId rules), cancel, send and invoice. */

import { badRequest, FORTNOX_CODES, notFound } from '../http/fortnox-error.js';
import type { InvoiceRecord, OrderRecord, OrderWrite } from '../schemas/documents.js';
import { stockholmDate } from '../time.js';
import type { DomainContext } from './context.js';
import {
  assertSameNumber,
  checkHeadReferences,
  customerDefaults,
  documentCustomer,
  newDocumentNumber,
} from './document-head.js';
import { applyRows } from './document-rows.js';
import { createInvoiceFromOrder } from './invoices.js';
import { documentTotals } from './totals.js';

/** Finds an order or throws 404. */
export function getOrder(ctx: DomainContext, number: string): OrderRecord {
  const found = ctx.tenant.orders.get(number);
  if (!found) throw notFound(`Kunde inte hitta order: ${number}`);
  return found;
}

function saveOrder(ctx: DomainContext, order: OrderRecord, type: string): OrderRecord {
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
    DocumentNumber: newDocumentNumber(ctx.tenant.orders, head.DocumentNumber),
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
  return saveOrder(ctx, order, 'order-created-v1');
}

function assertOrderOpen(order: OrderRecord): void {
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
  assertOrderOpen(current);
  assertSameNumber(write.DocumentNumber, number);
  if (write.CustomerNumber !== undefined) documentCustomer(ctx, write.CustomerNumber);
  const { OrderRows, ...head } = write;
  const merged = { ...current, ...head };
  checkHeadReferences(ctx, head);
  const rows = OrderRows
    ? applyRows(ctx, OrderRows, current.OrderRows, merged.PriceList ?? 'A')
    : current.OrderRows;
  return saveOrder(ctx, { ...merged, OrderRows: rows }, 'order-updated-v1');
}

/** Cancels an order that is not invoiced. */
export function cancelOrder(ctx: DomainContext, number: string): OrderRecord {
  const order = getOrder(ctx, number);
  assertOrderOpen(order);
  return saveOrder(ctx, { ...order, Cancelled: true }, 'order-cancelled-v1');
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
  return saveOrder(ctx, { ...order, Sent: true }, 'order-updated-v1');
}

/** `createinvoice`: an invoice from an open order; the order points to it afterwards. */
export function invoiceOrder(ctx: DomainContext, number: string): InvoiceRecord {
  const order = getOrder(ctx, number);
  assertOrderOpen(order);
  const invoice = createInvoiceFromOrder(ctx, order);
  saveOrder(ctx, { ...order, InvoiceReference: invoice.DocumentNumber }, 'order-updated-v1');
  return invoice;
}
