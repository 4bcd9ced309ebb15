import { z } from 'zod';
import type { FortnoxRequester, RequestOptions } from '../../client/request.js';
import { FortnoxDate } from '../documents/fields.js';
import {
  IdString,
  OptionalBoolean,
  OptionalFortnoxDate,
  OptionalFortnoxNumber,
  OptionalText,
} from '../schemas/primitives.js';
import { whitelistedText } from '../schemas/write-fields.js';
import { createCrudOperations, entityPath, unwrap } from './resource-helpers.js';

/** A payment of a customer invoice (scope `payment`). */
export const FortnoxInvoicePayment = z.object({
  '@url': OptionalText,
  Number: IdString,
  InvoiceNumber: IdString,
  Amount: OptionalFortnoxNumber,
  AmountCurrency: OptionalFortnoxNumber,
  PaymentDate: OptionalFortnoxDate,
  ModeOfPayment: OptionalText,
  Currency: OptionalText,
  Booked: OptionalBoolean,
});
/** An invoice payment read from Fortnox. */
export type FortnoxInvoicePayment = z.infer<typeof FortnoxInvoicePayment>;

/** The writable fields of an invoice payment. */
export const FortnoxInvoicePaymentWrite = z.object({
  InvoiceNumber: z.string().regex(/^\d+$/, 'must be an invoice number'),
  Amount: z.number().finite(),
  PaymentDate: FortnoxDate,
  ModeOfPayment: whitelistedText(10).optional(),
});
/** What `invoicePayments.create` takes. */
export type FortnoxInvoicePaymentWrite = z.input<typeof FortnoxInvoicePaymentWrite>;

/** Filters of `invoicePayments.list`. */
export type InvoicePaymentFilter = 'booked' | 'unbooked';

/** `/3/invoicepayments`: list, get, create, bookkeep, delete (scope `payment`). */
export function createInvoicePaymentsResource(request: FortnoxRequester) {
  const crud = createCrudOperations<
    typeof FortnoxInvoicePayment,
    typeof FortnoxInvoicePayment,
    typeof FortnoxInvoicePaymentWrite,
    InvoicePaymentFilter
  >(request, {
    path: 'invoicepayments',
    wrapper: 'InvoicePayment',
    listKey: 'InvoicePayments',
    item: FortnoxInvoicePayment,
    full: FortnoxInvoicePayment,
    write: FortnoxInvoicePaymentWrite,
  });
  const single = unwrap('InvoicePayment', FortnoxInvoicePayment);
  return {
    list: crud.list,
    get: crud.get,
    create: crud.create,
    delete: crud.delete,
    /** Books the payment (`PUT /{n}/bookkeep`); not retried blindly. */
    bookkeep: (number: string, options?: RequestOptions) =>
      request({
        method: 'PUT',
        path: `${entityPath('invoicepayments', number)}/bookkeep`,
        schema: single,
        idempotent: false,
        ...options,
      }),
  };
}
/** The invoice payments resource. */
export type InvoicePaymentsResource = ReturnType<typeof createInvoicePaymentsResource>;
