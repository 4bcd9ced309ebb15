import { z } from 'zod';
import type { FortnoxRequester, RequestOptions } from '../../client/request.js';
import { FortnoxOrderInput } from '../documents/documents.js';
import { OptionalFortnoxDate, OptionalReference, OptionalText } from '../schemas/primitives.js';
import { documentHeadFields, FortnoxDocumentRow } from './document-schemas.js';
import { FortnoxInvoice } from './invoices.js';
import {
  createCrudOperations,
  documentOperations,
  entityPath,
  unwrap,
} from './resource-helpers.js';

/**
 * An order as Fortnox returns it, single or as a (slim) list item; fields it does not name
 * are kept. `ExternalInvoiceReference2` carries the kit's send key (decisions/060);
 * `InvoiceReference` (the invoice created from it) is absent while there is none.
 */
export const FortnoxOrder = z.looseObject({
  ...documentHeadFields,
  OrderDate: OptionalFortnoxDate,
  CopyRemarks: z.boolean().nullish(),
  InvoiceReference: OptionalReference,
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
 * `/3/orders` (scope `order`): list, get, create, update, findByReference, createInvoice,
 * cancel, preview.
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
    ...documentOperations(crud),
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
