import { z } from 'zod';
import { documentedWrite } from './documented-write.js';
import { customerFields } from './field-table/index.js';
import { fxEmail, fxIdentifier, fxText } from './fields.js';

const VAT_TYPES = ['SEVAT', 'SEREVERSEDVAT', 'EUREVERSEDVAT', 'EUVAT', 'EXPORT'] as const;

/** The fields a client may write on a customer (POST/PUT). Anything else is 2001399. */
export const CustomerWrite = documentedWrite(customerFields.fields, {
  CustomerNumber: fxIdentifier('customerNumber'),
  Name: fxText('name'),
  OrganisationNumber: fxText('organisationNumber'),
  VATNumber: fxText(50),
  Type: z.enum(['PRIVATE', 'COMPANY']),
  VATType: z.enum(VAT_TYPES),
  Address1: fxText('address'),
  Address2: fxText('address'),
  City: fxText('city'),
  ZipCode: fxText('zipCode'),
  CountryCode: fxText(2),
  Email: fxEmail,
  EmailInvoice: fxEmail,
  EmailOrder: fxEmail,
  Phone1: fxText(1024),
  Phone2: fxText(1024),
  DeliveryName: fxText('deliveryName'),
  DeliveryAddress1: fxText('address'),
  DeliveryAddress2: fxText('address'),
  DeliveryCity: fxText('city'),
  DeliveryZipCode: fxText('zipCode'),
  DeliveryCountryCode: fxText(2),
  VisitingAddress: fxText(128),
  VisitingCity: fxText(128),
  VisitingZipCode: fxText(10),
  YourReference: fxText('reference'),
  OurReference: fxText('reference'),
  Comments: fxText('comments'),
  InvoiceRemark: fxText(1024),
  ExternalReference: fxText(1024),
  Currency: fxText(3),
  CostCenter: fxText('costCenterCode'),
  PriceList: fxText('priceListCode'),
  TermsOfPayment: fxText(20),
  TermsOfDelivery: fxText('termsOfDeliveryCode'),
  WayOfDelivery: fxText('wayOfDeliveryCode'),
  Project: fxText(20),
  Active: z.boolean(),
  GLN: fxText('gln'),
});
export type CustomerWrite = z.infer<typeof CustomerWrite>;

/** A stored customer: the written fields, with the number and name always set. */
export const CustomerRecord = CustomerWrite.required({ CustomerNumber: true, Name: true });
export type CustomerRecord = z.infer<typeof CustomerRecord>;

/** Values of unset fields in a full customer GET (Fortnox sends null for empty text). */
export const CUSTOMER_DEFAULTS = {
  Active: true,
  Address1: null,
  Address2: null,
  City: null,
  Comments: null,
  CostCenter: null,
  CountryCode: 'SE',
  Currency: 'SEK',
  DeliveryAddress1: null,
  DeliveryAddress2: null,
  DeliveryCity: null,
  DeliveryCountryCode: null,
  DeliveryName: null,
  DeliveryZipCode: null,
  Email: '',
  EmailInvoice: '',
  EmailOrder: '',
  ExternalReference: null,
  GLN: null,
  InvoiceRemark: '',
  OrganisationNumber: '',
  OurReference: '',
  Phone1: null,
  Phone2: null,
  PriceList: 'A',
  Project: '',
  TermsOfDelivery: '',
  TermsOfPayment: '',
  Type: 'COMPANY',
  VATNumber: '',
  VATType: 'SEVAT',
  VisitingAddress: null,
  VisitingCity: null,
  VisitingZipCode: null,
  WayOfDelivery: '',
  YourReference: '',
  ZipCode: null,
} as const;
