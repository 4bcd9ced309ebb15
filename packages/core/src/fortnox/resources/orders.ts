import { z } from 'zod';
import type { FortnoxRequester, RequestOptions } from '../../client/request.js';
import { FortnoxOrderInput } from '../documents/documents.js';
import { OptionalFortnoxDate, OptionalText } from '../schemas/primitives.js';
import { documentHeadFields, FortnoxDocumentRow } from './document-schemas.js';
import { FortnoxInvoice } from './invoices.js';
import { createCrudOperations, entityPath, unwrap } from './resource-helpers.js';

/** An order as Fortnox returns it. `InvoiceReference` is set once an invoice was created from it. */
export const FortnoxOrder = z.object({
  ...documentHeadFields,
  OrderDate: OptionalFortnoxDate,
  CopyRemarks: z.boolean().nullish(),
  InvoiceReference: OptionalText,
  OrderType: OptionalText,
  OrderRows: z.array(FortnoxDocumentRow).optional(),
});
/** An order read from Fortnox. */
export type FortnoxOrder = z.infer<typeof FortnoxOrder>;

/** Filters of `orders.list`. */
export type OrderFilter = 'cancelled' | 'expired' | 'invoicecreated' | 'invoicenotcreated';
/** Sort keys of `orders.list`. */
export type OrderSortBy =
  | 'customername'
  | 'customernumber'
  | 'orderdate'
  | 'documentnumber'
  | 'total';

/**
 * `/3/orders` (scope `order`): list, get, create, update, createInvoice, cancel, preview.
 * Bodies are `FortnoxOrderInput` (writable fields only). Writes and actions are never
 * retried after a 5xx or network error: the send workflow looks the order up first.
 */
export function createOrdersResource(request: FortnoxRequester) {
  const crud = createCrudOperations<
    typeof FortnoxOrder,
    typeof FortnoxOrder,
    typeof FortnoxOrderInput,
    OrderFilter,
    OrderSortBy
  >(request, {
    path: 'orders',
    wrapper: 'Order',
    listKey: 'Orders',
    item: FortnoxOrder,
    full: FortnoxOrder,
    write: FortnoxOrderInput,
    // RowIds change on every update: resending an update is not harmless.
    idempotentUpdate: false,
  });
  const action = (documentNumber: string | number, name: string) =>
    `${entityPath('orders', documentNumber)}/${name}`;
  return {
    list: crud.list,
    get: crud.get,
    create: crud.create,
    update: crud.update,
    /** Creates an invoice from the order (`PUT /{n}/createinvoice`) and returns it. */
    createInvoice: (documentNumber: string | number, options?: RequestOptions) =>
      request({
        method: 'PUT',
        path: action(documentNumber, 'createinvoice'),
        schema: unwrap('Invoice', FortnoxInvoice),
        idempotent: false,
        ...options,
      }),
    /** Cancels the order (`PUT /{n}/cancel`). */
    cancel: (documentNumber: string | number, options?: RequestOptions) =>
      request({
        method: 'PUT',
        path: action(documentNumber, 'cancel'),
        schema: unwrap('Order', FortnoxOrder),
        idempotent: false,
        ...options,
      }),
    /** The order confirmation as PDF bytes (`GET /{n}/preview`; does not mark it sent). */
    preview: (documentNumber: string | number, options?: RequestOptions) =>
      request({
        method: 'GET',
        path: action(documentNumber, 'preview'),
        responseType: 'pdf',
        ...options,
      }) as Promise<Uint8Array>,
  };
}
/** The orders resource. */
export type OrdersResource = ReturnType<typeof createOrdersResource>;
