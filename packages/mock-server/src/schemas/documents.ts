import { z } from 'zod';
import { documentedWrite } from './documented-write.js';
import { invoiceFields, invoicePaymentFields, orderFields } from './field-table/index.js';
import { fxDate, fxEmail, fxIdentifier, fxNumber, fxText } from './fields.js';

const rowBase = {
  RowId: z.number().int(),
  ArticleNumber: fxIdentifier('articleNumber'),
  Description: fxText('rowDescription'),
  DeliveredQuantity: fxNumber,
  Price: fxNumber,
  Unit: fxText('unitCode'),
  VAT: fxNumber,
  AccountNumber: fxNumber,
  CostCenter: fxText('costCenterCode'),
  Project: fxText(20),
  Discount: fxNumber,
  DiscountType: z.enum(['AMOUNT', 'PERCENT']),
  HouseWork: z.boolean(),
  HouseWorkType: fxText(30),
  HouseWorkHoursToReport: fxNumber,
};

/** A row of an order as a client writes it. `Total` is server-computed (2001399). */
export const OrderRowWrite = documentedWrite(orderFields.nested.OrderRows, {
  ...rowBase,
  OrderedQuantity: fxNumber,
});
export type OrderRowWrite = z.infer<typeof OrderRowWrite>;

/** A row of an invoice as a client writes it (there is no OrderedQuantity on invoices). */
export const InvoiceRowWrite = documentedWrite(invoiceFields.nested.InvoiceRows, rowBase);
export type InvoiceRowWrite = z.infer<typeof InvoiceRowWrite>;

export const EmailInformation = documentedWrite(orderFields.nested.EmailInformation, {
  EmailAddressFrom: fxEmail,
  EmailAddressTo: fxEmail,
  EmailAddressCC: fxEmail,
  EmailAddressBCC: fxEmail,
  EmailSubject: fxText(100),
  EmailBody: fxText(20000),
});

const headBase = {
  // Writable on create (a free number); an update may only repeat the document's own.
  DocumentNumber: fxIdentifier(20),
  CustomerNumber: fxIdentifier('customerNumber'),
  CustomerName: fxText('name'),
  Address1: fxText('address'),
  Address2: fxText('address'),
  City: fxText('city'),
  ZipCode: fxText('zipCode'),
  DeliveryDate: fxDate,
  YourReference: fxText('reference'),
  OurReference: fxText('reference'),
  YourOrderNumber: fxText('yourOrderNumber'),
  Remarks: fxText('remarks'),
  Comments: fxText('comments'),
  ExternalInvoiceReference1: fxText('externalInvoiceReference'),
  ExternalInvoiceReference2: fxText('externalInvoiceReference'),
  CostCenter: fxText('costCenterCode'),
  Project: fxText(20),
  PriceList: fxText('priceListCode'),
  Currency: fxText(3),
  Language: z.enum(['SV', 'EN']),
  VATIncluded: z.boolean(),
  TermsOfDelivery: fxText('termsOfDeliveryCode'),
  TermsOfPayment: fxText(20),
  WayOfDelivery: fxText('wayOfDeliveryCode'),
  DeliveryName: fxText('deliveryName'),
  DeliveryAddress1: fxText('address'),
  DeliveryAddress2: fxText('address'),
  DeliveryCity: fxText('city'),
  DeliveryZipCode: fxText('zipCode'),
  DeliveryCountry: fxText(50),
  Freight: fxNumber,
  NotCompleted: z.boolean(),
  EmailInformation,
  Labels: z.array(z.strictObject({ Id: z.number().int() })),
  TaxReductionType: z.enum(['none', 'rot', 'rut', 'green']),
};

/** The fields a client may write on an order. */
export const OrderWrite = documentedWrite(orderFields.fields, {
  ...headBase,
  OrderDate: fxDate,
  CopyRemarks: z.boolean(),
  OrderRows: z.array(OrderRowWrite),
});
export type OrderWrite = z.infer<typeof OrderWrite>;

/** The fields a client may write on an invoice. */
export const InvoiceWrite = documentedWrite(invoiceFields.fields, {
  ...headBase,
  EDIInformation: documentedWrite(invoiceFields.nested.EDIInformation, {}),
  InvoiceDate: fxDate,
  DueDate: fxDate,
  InvoiceType: z.enum([
    'INVOICE',
    'AGREEMENTINVOICE',
    'INTRESTINVOICE',
    'SUMMARYINVOICE',
    'CASHINVOICE',
  ]),
  OCR: fxText(30),
  InvoiceRows: z.array(InvoiceRowWrite),
});
export type InvoiceWrite = z.infer<typeof InvoiceWrite>;

/** A stored document row: what was written plus the server's RowId and Total. */
export const DocumentRow = OrderRowWrite.extend({ RowId: z.number().int(), Total: z.number() });
export type DocumentRow = z.infer<typeof DocumentRow>;

/** Totals the server computes for a document (read-only for clients). */
export const DocumentTotals = z.object({
  Net: z.number(),
  Gross: z.number(),
  TotalVAT: z.number(),
  RoundOff: z.number(),
  Total: z.number(),
});
export type DocumentTotals = z.infer<typeof DocumentTotals>;

/** A stored order. */
export const OrderRecord = OrderWrite.omit({ OrderRows: true })
  .extend({
    DocumentNumber: z.string(),
    CustomerNumber: z.string(),
    CustomerName: z.string(),
    OrderDate: z.string(),
    OrderRows: z.array(DocumentRow),
    Cancelled: z.boolean(),
    Sent: z.boolean(),
    InvoiceReference: z.string(),
    OrderType: z.string(),
  })
  .extend(DocumentTotals.shape);
export type OrderRecord = z.infer<typeof OrderRecord>;

/** A stored invoice. */
export const InvoiceRecord = InvoiceWrite.omit({ InvoiceRows: true })
  .extend({
    DocumentNumber: z.string(),
    CustomerNumber: z.string(),
    CustomerName: z.string(),
    InvoiceDate: z.string(),
    DueDate: z.string(),
    OCR: z.string(),
    InvoiceRows: z.array(DocumentRow),
    Cancelled: z.boolean(),
    Sent: z.boolean(),
    Booked: z.boolean(),
    Credit: z.boolean(),
    CreditInvoiceReference: z.string(),
    OrderReference: z.string(),
    Balance: z.number(),
    FinalPayDate: z.string().nullable(),
    VoucherNumber: z.number().nullable(),
    VoucherSeries: z.string().nullable(),
    VoucherYear: z.number().nullable(),
  })
  .extend(DocumentTotals.shape);
export type InvoiceRecord = z.infer<typeof InvoiceRecord>;

/** An invoice payment (`/3/invoicepayments`, scope `payment`). */
export const InvoicePaymentWrite = documentedWrite(invoicePaymentFields.fields, {
  InvoiceNumber: fxIdentifier(20),
  Amount: fxNumber,
  PaymentDate: fxDate,
  ModeOfPayment: fxText(10),
});
export const InvoicePaymentRecord = InvoicePaymentWrite.required({
  InvoiceNumber: true,
  Amount: true,
  PaymentDate: true,
}).extend({ Number: z.string(), Booked: z.boolean() });
export type InvoicePaymentRecord = z.infer<typeof InvoicePaymentRecord>;
