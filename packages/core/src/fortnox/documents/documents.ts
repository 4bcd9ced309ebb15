import { z } from 'zod';
import { FortnoxDate, fortnoxCode, fortnoxText } from './fields.js';
import { FortnoxInvoiceRowInput, FortnoxOrderRowInput } from './rows.js';

// Head fields shared by orders and invoices; only writable ones (fortnox-api.md §4).
const headFields = {
  /** The Fortnox customer; required on create. */
  CustomerNumber: fortnoxCode('customerNumber'),
  DeliveryDate: FortnoxDate.optional(),
  YourReference: fortnoxText('reference').optional(),
  OurReference: fortnoxText('reference').optional(),
  YourOrderNumber: fortnoxText('yourOrderNumber').optional(),
  /** Printed text ("ordertext"/"fakturatext"). */
  Remarks: fortnoxText('remarks').optional(),
  /** Internal comments. */
  Comments: fortnoxText('comments').optional(),
  ExternalInvoiceReference1: fortnoxText('externalInvoiceReference').optional(),
  ExternalInvoiceReference2: fortnoxText('externalInvoiceReference').optional(),
  CostCenter: fortnoxCode('costCenterCode').optional(),
  Project: z.string().min(1).optional(),
  PriceList: fortnoxCode('priceListCode').optional(),
  Currency: z.string().length(3).optional(),
  Language: z.enum(['SV', 'EN']).optional(),
  VATIncluded: z.boolean().optional(),
  TermsOfDelivery: fortnoxCode('termsOfDeliveryCode').optional(),
  TermsOfPayment: z.string().min(1).optional(),
  WayOfDelivery: fortnoxCode('wayOfDeliveryCode').optional(),
  DeliveryName: fortnoxText('deliveryName').optional(),
  DeliveryAddress1: fortnoxText('address').optional(),
  DeliveryAddress2: fortnoxText('address').optional(),
  DeliveryZipCode: fortnoxText('zipCode').optional(),
  DeliveryCity: fortnoxText('city').optional(),
  Freight: z.number().finite().min(0).optional(),
  NotCompleted: z.boolean().optional(),
  Labels: z.array(z.object({ Id: z.number().int() })).optional(),
  TaxReductionType: z.enum(['none', 'rot', 'rut', 'green']).optional(),
};

/**
 * The body of a Fortnox order as written (`{ Order: … }` on `POST`/`PUT /3/orders`):
 * only writable fields, with Fortnox's length limits and character whitelist.
 *
 * @example FortnoxOrderInput.parse({ CustomerNumber: '1001', OrderRows: [{ Description: 'Service' }] })
 */
export const FortnoxOrderInput = z.strictObject({
  ...headFields,
  OrderDate: FortnoxDate.optional(),
  /** Copy `Remarks` to the invoice created from the order. */
  CopyRemarks: z.boolean().optional(),
  OrderRows: z.array(FortnoxOrderRowInput).optional(),
});
export type FortnoxOrderInput = z.infer<typeof FortnoxOrderInput>;

/**
 * The body of a Fortnox invoice as written (`{ Invoice: … }` on `POST`/`PUT /3/invoices`).
 *
 * @example FortnoxInvoiceInput.parse({ CustomerNumber: '1001', InvoiceRows: [{ Description: 'Service' }] })
 */
export const FortnoxInvoiceInput = z.strictObject({
  ...headFields,
  InvoiceDate: FortnoxDate.optional(),
  DueDate: FortnoxDate.optional(),
  InvoiceType: z
    .enum(['INVOICE', 'AGREEMENTINVOICE', 'INTRESTINVOICE', 'SUMMARYINVOICE', 'CASHINVOICE'])
    .optional(),
  OCR: z.string().optional(),
  InvoiceRows: z.array(FortnoxInvoiceRowInput).optional(),
});
export type FortnoxInvoiceInput = z.infer<typeof FortnoxInvoiceInput>;
