import { z } from 'zod';
import {
  IdString,
  OptionalBoolean,
  OptionalFortnoxDate,
  OptionalFortnoxNumber,
  OptionalText,
} from '../schemas/primitives.js';

/**
 * A row of an order or invoice as Fortnox returns it. `Total` is computed from
 * `DeliveredQuantity`. Fields it does not name are kept as they came.
 */
export const FortnoxDocumentRow = z.looseObject({
  RowId: OptionalFortnoxNumber,
  ArticleNumber: OptionalText,
  Description: OptionalText,
  OrderedQuantity: OptionalFortnoxNumber,
  DeliveredQuantity: OptionalFortnoxNumber,
  Price: OptionalFortnoxNumber,
  Unit: OptionalText,
  VAT: OptionalFortnoxNumber,
  AccountNumber: OptionalFortnoxNumber,
  CostCenter: OptionalText,
  Project: OptionalText,
  Discount: OptionalFortnoxNumber,
  DiscountType: OptionalText,
  Total: OptionalFortnoxNumber,
  HouseWork: OptionalBoolean,
  HouseWorkType: OptionalText,
  ContributionPercent: OptionalFortnoxNumber,
  ContributionValue: OptionalFortnoxNumber,
});
/** A document row read from Fortnox. */
export type FortnoxDocumentRow = z.infer<typeof FortnoxDocumentRow>;

/** Head fields orders and invoices share (read side; totals and flags are read-only). */
export const documentHeadFields = {
  '@url': OptionalText,
  DocumentNumber: IdString,
  CustomerNumber: OptionalText,
  CustomerName: OptionalText,
  OrganisationNumber: OptionalText,
  Address1: OptionalText,
  Address2: OptionalText,
  City: OptionalText,
  ZipCode: OptionalText,
  DeliveryDate: OptionalFortnoxDate,
  YourReference: OptionalText,
  OurReference: OptionalText,
  YourOrderNumber: OptionalText,
  Remarks: OptionalText,
  Comments: OptionalText,
  ExternalInvoiceReference1: OptionalText,
  ExternalInvoiceReference2: OptionalText,
  CostCenter: OptionalText,
  Project: OptionalText,
  PriceList: OptionalText,
  Currency: OptionalText,
  Language: OptionalText,
  VATIncluded: OptionalBoolean,
  TermsOfDelivery: OptionalText,
  TermsOfPayment: OptionalText,
  WayOfDelivery: OptionalText,
  DeliveryName: OptionalText,
  DeliveryAddress1: OptionalText,
  DeliveryAddress2: OptionalText,
  DeliveryCity: OptionalText,
  DeliveryZipCode: OptionalText,
  Freight: OptionalFortnoxNumber,
  NotCompleted: OptionalBoolean,
  Cancelled: OptionalBoolean,
  Sent: OptionalBoolean,
  Net: OptionalFortnoxNumber,
  Gross: OptionalFortnoxNumber,
  TotalVAT: OptionalFortnoxNumber,
  RoundOff: OptionalFortnoxNumber,
  Total: OptionalFortnoxNumber,
  TotalToPay: OptionalFortnoxNumber,
};
