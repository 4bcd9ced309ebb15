import { z } from 'zod';
import { FortnoxArticle } from '../fortnox/resources/articles.js';
import { FortnoxCustomer } from '../fortnox/resources/customers.js';
import { documentHeadFields, FortnoxDocumentRow } from '../fortnox/resources/document-schemas.js';
import { FortnoxEmployee } from '../fortnox/resources/employees.js';
import { FortnoxInvoice } from '../fortnox/resources/invoices.js';
import {
  IdString,
  OptionalFortnoxDate,
  OptionalFortnoxNumber,
  OptionalText,
} from '../fortnox/schemas/primitives.js';

// Fortnox writes "no reference" as '', '0', 0 or null depending on the field and version.
const OptionalReference = z
  .union([z.string(), z.number(), z.null()])
  .optional()
  .transform((v) => {
    const text = v === null || v === undefined ? '' : String(v).trim();
    return text === '' || text === '0' ? undefined : text;
  });

/**
 * One row of a Fortnox order or invoice as the workflows read it: the resource's row
 * ({@link FortnoxDocumentRow}), with fields it does not name kept as they came.
 */
export const FortnoxDocumentRowRead = FortnoxDocumentRow.loose();
export type FortnoxDocumentRowRead = z.infer<typeof FortnoxDocumentRowRead>;

/**
 * A Fortnox order as the send, status and import workflows read it: the resource's head
 * fields, `ExternalInvoiceReference2` carrying the kit's send key (decisions/060), and
 * `InvoiceReference` (the invoice created from it, fortnox-api.md "invoiced") read as absent
 * when Fortnox says "none".
 */
export const FortnoxOrderRead = z.looseObject({
  ...documentHeadFields,
  OrderDate: OptionalFortnoxDate,
  InvoiceReference: OptionalReference,
  OrderRows: z.array(FortnoxDocumentRowRead).optional(),
});
export type FortnoxOrderRead = z.infer<typeof FortnoxOrderRead>;

/**
 * A Fortnox invoice as the status workflow reads it (single or list item): the resource's
 * {@link FortnoxInvoice}, with its references read as absent when Fortnox says "none".
 */
export const FortnoxInvoiceRead = FortnoxInvoice.extend({
  OrderReference: OptionalReference,
  CreditInvoiceReference: OptionalReference,
  InvoiceRows: z.array(FortnoxDocumentRowRead).optional(),
}).loose();
export type FortnoxInvoiceRead = z.infer<typeof FortnoxInvoiceRead>;

/** A Fortnox customer as the workflows read it: the resource's, unknown fields kept. */
export const FortnoxCustomerRead = FortnoxCustomer.loose();
export type FortnoxCustomerRead = z.infer<typeof FortnoxCustomerRead>;

/** A Fortnox article as the workflows read it: the resource's, unknown fields kept. */
export const FortnoxArticleRead = FortnoxArticle.loose();
export type FortnoxArticleRead = z.infer<typeof FortnoxArticleRead>;

/** An attendance transaction (payroll time) as read. */
export const FortnoxAttendanceRead = z.looseObject({
  id: OptionalText,
  EmployeeId: IdString,
  CauseCode: z.string(),
  Date: z.string(),
  Hours: OptionalFortnoxNumber,
  CostCenter: OptionalText,
});
export type FortnoxAttendanceRead = z.infer<typeof FortnoxAttendanceRead>;

/** A Fortnox employee as read (the time report needs `Inactive`): the resource's, unknown fields kept. */
export const FortnoxEmployeeRead = FortnoxEmployee.loose();
export type FortnoxEmployeeRead = z.infer<typeof FortnoxEmployeeRead>;
