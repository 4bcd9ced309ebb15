import { z } from 'zod';
import { documentedWrite } from './documented-write.js';
import {
  costCenterFields,
  priceFields,
  priceListFields,
  termsOfDeliveryFields,
  termsOfPaymentFields,
  unitFields,
  wayOfDeliveryFields,
} from './field-table/index.js';
import { fxIdentifier, fxNumber, fxText } from './fields.js';

/** A cost center (`/3/costcenters`): code at most 6 characters. */
export const CostCenterWrite = documentedWrite(costCenterFields.fields, {
  Code: fxIdentifier('costCenterCode'),
  Description: fxText(50),
  Note: fxText(1024),
  Active: z.boolean(),
});
export const CostCenterRecord = CostCenterWrite.required({ Code: true, Description: true });
export type CostCenterRecord = z.infer<typeof CostCenterRecord>;

/** A unit (`/3/units`). */
export const UnitWrite = documentedWrite(unitFields.fields, {
  Code: fxIdentifier('unitCode'),
  Description: fxText(50),
  CodeEnglish: fxText(20),
});
export const UnitRecord = UnitWrite.required({ Code: true, Description: true });
export type UnitRecord = z.infer<typeof UnitRecord>;

/** Terms of delivery (`/3/termsofdeliveries`). */
export const TermsOfDeliveryWrite = documentedWrite(termsOfDeliveryFields.fields, {
  Code: fxIdentifier('termsOfDeliveryCode'),
  Description: fxText(50),
  DescriptionEnglish: fxText(50),
});
export const TermsOfDeliveryRecord = TermsOfDeliveryWrite.required({
  Code: true,
  Description: true,
});
export type TermsOfDeliveryRecord = z.infer<typeof TermsOfDeliveryRecord>;

/** A way of delivery (`/3/wayofdeliveries`). */
export const WayOfDeliveryWrite = documentedWrite(wayOfDeliveryFields.fields, {
  Code: fxIdentifier('wayOfDeliveryCode'),
  Description: fxText(50),
  DescriptionEnglish: fxText(50),
});
export const WayOfDeliveryRecord = WayOfDeliveryWrite.required({ Code: true, Description: true });
export type WayOfDeliveryRecord = z.infer<typeof WayOfDeliveryRecord>;

/** Terms of payment (`/3/termsofpayments`): Fortnox documents only `Code` and `Description`. */
export const TermsOfPaymentWrite = documentedWrite(termsOfPaymentFields.fields, {
  Code: fxIdentifier(20),
  Description: fxText(50),
});
/**
 * A stored term. `NumberOfDays` is the emulator's own (seeded, never sent): the days to an
 * invoice's due date, which Fortnox keeps in its settings UI rather than in the API.
 */
export const TermsOfPaymentRecord = TermsOfPaymentWrite.required({
  Code: true,
  Description: true,
}).extend({ NumberOfDays: z.number().optional() });
export type TermsOfPaymentRecord = z.infer<typeof TermsOfPaymentRecord>;

/** A price list (`/3/pricelists`); `PreSelected` is read-only. */
export const PriceListWrite = documentedWrite(priceListFields.fields, {
  Code: fxIdentifier('priceListCode'),
  Description: fxText(50),
  Comments: fxText(1024),
});
export const PriceListRecord = PriceListWrite.required({ Code: true, Description: true }).extend({
  PreSelected: z.boolean(),
});
export type PriceListRecord = z.infer<typeof PriceListRecord>;

/** A price (`/3/prices`); `Date` is read-only. */
export const PriceWrite = documentedWrite(priceFields.fields, {
  PriceList: fxIdentifier('priceListCode'),
  ArticleNumber: fxIdentifier('articleNumber'),
  FromQuantity: fxNumber,
  Price: fxNumber,
  Percent: fxNumber,
});
export const PriceRecord = z.object({
  PriceList: z.string(),
  ArticleNumber: z.string(),
  FromQuantity: z.number(),
  Price: z.number(),
  Percent: z.number(),
  Date: z.string(),
});
export type PriceRecord = z.infer<typeof PriceRecord>;

/** The key of a price in its register. */
export function priceKey(priceList: string, articleNumber: string, fromQuantity: number): string {
  return `${priceList}\u0000${articleNumber}\u0000${fromQuantity}`;
}

/** `GET /3/companyinformation`. `DatabaseNumber` is the tenant id. */
export const CompanyInformation = z.object({
  CompanyName: z.string(),
  OrganizationNumber: z.string(),
  DatabaseNumber: z.number(),
  Address: z.string(),
  ZipCode: z.string(),
  City: z.string(),
  CountryCode: z.string(),
  Email: z.string(),
  Phone1: z.string(),
  VisitAddress: z.string(),
  VisitCity: z.string(),
  VisitZipCode: z.string(),
});
export type CompanyInformation = z.infer<typeof CompanyInformation>;
