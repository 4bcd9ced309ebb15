import { FORTNOX_LIMITS } from '../fortnox/text-rules.js';

/**
 * What Fortnox accepts in one written field. `text`: the character whitelist and a length
 * limit; `code`: a non-empty identifier (letters, digits, `- – + / . _`) within a limit;
 * `number`: a finite JSON number; `vat`: one of Fortnox's VAT rates; `organisationNumber`:
 * a Swedish organisation or personal number with its check digit (when the country is SE).
 */
export type WriteRule =
  | { kind: 'text'; max: number }
  | { kind: 'code'; max: number }
  | { kind: 'email' }
  | { kind: 'date' }
  | { kind: 'number' }
  | { kind: 'boolean' }
  | { kind: 'vat' }
  | { kind: 'organisationNumber' }
  | { kind: 'oneOf'; values: readonly string[] };

/** The resources a send writes. */
export type WrittenResource = 'customers' | 'articles' | 'orders' | 'invoices';

/** The rules of every field a send may write to one resource (rows under `rows`). */
export interface ResourceRules {
  fields: Readonly<Record<string, WriteRule>>;
  /** Fields a create must carry (non-empty). */
  required: readonly string[];
  rows?: Readonly<Record<string, WriteRule>>;
}

/** The VAT rates Fortnox knows (percent). */
export const FORTNOX_VAT_RATES: readonly number[] = [25, 12, 6, 0];

const L = FORTNOX_LIMITS;
const text = (max: number): WriteRule => ({ kind: 'text', max });
const code = (max: number): WriteRule => ({ kind: 'code', max });
const NUMBER: WriteRule = { kind: 'number' };
const DATE: WriteRule = { kind: 'date' };
const BOOLEAN: WriteRule = { kind: 'boolean' };

const rowRules: Record<string, WriteRule> = {
  ArticleNumber: code(L.articleNumber),
  Description: text(L.rowDescription),
  DeliveredQuantity: NUMBER,
  Price: NUMBER,
  Unit: text(L.unitCode),
  VAT: { kind: 'vat' },
  AccountNumber: NUMBER,
  CostCenter: text(L.costCenterCode),
  Project: text(20),
  Discount: NUMBER,
  DiscountType: { kind: 'oneOf', values: ['AMOUNT', 'PERCENT'] },
};

const headRules: Record<string, WriteRule> = {
  CustomerNumber: code(L.customerNumber),
  DeliveryDate: DATE,
  YourReference: text(L.reference),
  OurReference: text(L.reference),
  YourOrderNumber: text(L.yourOrderNumber),
  Remarks: text(L.remarks),
  Comments: text(L.comments),
  ExternalInvoiceReference1: text(L.externalInvoiceReference),
  ExternalInvoiceReference2: text(L.externalInvoiceReference),
  CostCenter: text(L.costCenterCode),
  Project: text(20),
  PriceList: text(L.priceListCode),
  Currency: text(3),
  Language: { kind: 'oneOf', values: ['SV', 'EN'] },
  VATIncluded: BOOLEAN,
  TermsOfDelivery: text(L.termsOfDeliveryCode),
  TermsOfPayment: text(20),
  WayOfDelivery: text(L.wayOfDeliveryCode),
  DeliveryName: text(L.deliveryName),
  DeliveryAddress1: text(L.address),
  DeliveryAddress2: text(L.address),
  DeliveryCity: text(L.city),
  DeliveryZipCode: text(L.zipCode),
  Freight: NUMBER,
  NotCompleted: BOOLEAN,
  TaxReductionType: { kind: 'oneOf', values: ['none', 'rot', 'rut', 'green'] },
};

/**
 * Fortnox's write rules for every field a send writes (fortnox-api.md, the field tables in
 * docs/fortnox-field-table.md). A field not listed is not written by the kit and is refused.
 * `write-rules.emulator.test.ts` proves each rule equal to the emulator's write validation.
 */
export const FORTNOX_WRITE_RULES: Readonly<Record<WrittenResource, ResourceRules>> = {
  customers: {
    required: ['Name'],
    fields: {
      Name: text(L.name),
      OrganisationNumber: { kind: 'organisationNumber' },
      Email: { kind: 'email' },
      Phone1: text(1024),
      Address1: text(L.address),
      Address2: text(L.address),
      ZipCode: text(L.zipCode),
      City: text(L.city),
      CountryCode: text(2),
      DeliveryAddress1: text(L.address),
      DeliveryAddress2: text(L.address),
      DeliveryZipCode: text(L.zipCode),
      DeliveryCity: text(L.city),
      DeliveryCountryCode: text(2),
      Active: BOOLEAN,
    },
  },
  articles: {
    required: ['Description'],
    fields: {
      ArticleNumber: code(L.articleNumber),
      Description: text(L.articleDescription),
      Unit: text(L.unitCode),
      Type: { kind: 'oneOf', values: ['STOCK', 'SERVICE'] },
      VAT: { kind: 'vat' },
      PurchasePrice: NUMBER,
      Active: BOOLEAN,
    },
  },
  orders: {
    required: ['CustomerNumber'],
    fields: { ...headRules, OrderDate: DATE, CopyRemarks: BOOLEAN },
    rows: { ...rowRules, OrderedQuantity: NUMBER },
  },
  invoices: {
    required: ['CustomerNumber'],
    fields: { ...headRules, InvoiceDate: DATE, DueDate: DATE, OCR: text(30) },
    rows: rowRules,
  },
};
