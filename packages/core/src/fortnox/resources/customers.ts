import { z } from 'zod';
import type { FortnoxRequester, RequestOptions } from '../../client/request.js';
import { fortnoxCode, fortnoxText } from '../documents/fields.js';
import { IdString, OptionalBoolean, OptionalText } from '../schemas/primitives.js';
import { codeReference, whitelistedText } from '../schemas/write-fields.js';
import { type CustomerSearchField, findCustomersExactly } from './customer-search.js';
import { createCrudOperations } from './resource-helpers.js';

const VAT_TYPES = ['SEVAT', 'SEREVERSEDVAT', 'EUREVERSEDVAT', 'EUVAT', 'EXPORT'] as const;

/** A customer as Fortnox returns it (`GET /3/customers/{CustomerNumber}`). */
export const FortnoxCustomer = z.object({
  '@url': OptionalText,
  CustomerNumber: IdString,
  Name: OptionalText,
  OrganisationNumber: OptionalText,
  VATNumber: OptionalText,
  Type: OptionalText,
  VATType: OptionalText,
  Address1: OptionalText,
  Address2: OptionalText,
  City: OptionalText,
  ZipCode: OptionalText,
  CountryCode: OptionalText,
  Country: OptionalText,
  Email: OptionalText,
  EmailInvoice: OptionalText,
  EmailOrder: OptionalText,
  Phone1: OptionalText,
  Phone2: OptionalText,
  DeliveryName: OptionalText,
  DeliveryAddress1: OptionalText,
  DeliveryAddress2: OptionalText,
  DeliveryCity: OptionalText,
  DeliveryZipCode: OptionalText,
  DeliveryCountryCode: OptionalText,
  YourReference: OptionalText,
  OurReference: OptionalText,
  Comments: OptionalText,
  InvoiceRemark: OptionalText,
  ExternalReference: OptionalText,
  Currency: OptionalText,
  CostCenter: OptionalText,
  PriceList: OptionalText,
  TermsOfPayment: OptionalText,
  TermsOfDelivery: OptionalText,
  WayOfDelivery: OptionalText,
  Project: OptionalText,
  Active: OptionalBoolean,
  GLN: OptionalText,
  DefaultDeliveryTypes: z
    .object({ Invoice: OptionalText, Order: OptionalText, Offer: OptionalText })
    .nullish(),
});
/** A customer read from Fortnox. */
export type FortnoxCustomer = z.infer<typeof FortnoxCustomer>;

/** A customer in a list page (slim: fetch the full record with `get`). */
export const FortnoxCustomerListItem = FortnoxCustomer.extend({ Phone: OptionalText });
/** A customer in a list page. */
export type FortnoxCustomerListItem = z.infer<typeof FortnoxCustomerListItem>;

/**
 * The writable customer fields (`Name` required on create). Read-only fields (`@url`,
 * `Country`, ...) are not part of it and are dropped from the body.
 */
export const FortnoxCustomerWrite = z.object({
  CustomerNumber: fortnoxCode('customerNumber').optional(),
  Name: fortnoxText('name'),
  OrganisationNumber: fortnoxText('organisationNumber').optional(),
  VATNumber: whitelistedText(50).optional(),
  Type: z.enum(['PRIVATE', 'COMPANY']).optional(),
  VATType: z.enum(VAT_TYPES).optional(),
  Address1: fortnoxText('address').optional(),
  Address2: fortnoxText('address').optional(),
  City: fortnoxText('city').optional(),
  ZipCode: fortnoxText('zipCode').optional(),
  CountryCode: whitelistedText(2).optional(),
  Email: whitelistedText(1024).optional(),
  EmailInvoice: whitelistedText(1024).optional(),
  EmailOrder: whitelistedText(1024).optional(),
  Phone1: whitelistedText(1024).optional(),
  Phone2: whitelistedText(1024).optional(),
  DeliveryName: fortnoxText('deliveryName').optional(),
  DeliveryAddress1: fortnoxText('address').optional(),
  DeliveryAddress2: fortnoxText('address').optional(),
  DeliveryCity: fortnoxText('city').optional(),
  DeliveryZipCode: fortnoxText('zipCode').optional(),
  DeliveryCountryCode: whitelistedText(2).optional(),
  YourReference: fortnoxText('reference').optional(),
  OurReference: fortnoxText('reference').optional(),
  Comments: fortnoxText('comments').optional(),
  InvoiceRemark: whitelistedText(1024).optional(),
  ExternalReference: whitelistedText(1024).optional(),
  Currency: whitelistedText(3).optional(),
  CostCenter: codeReference('costCenterCode').optional(),
  PriceList: codeReference('priceListCode').optional(),
  TermsOfPayment: whitelistedText(20).optional(),
  TermsOfDelivery: codeReference('termsOfDeliveryCode').optional(),
  WayOfDelivery: codeReference('wayOfDeliveryCode').optional(),
  Project: whitelistedText(20).optional(),
  Active: z.boolean().optional(),
  GLN: fortnoxText('gln').optional(),
});
/** What `customers.create` takes. */
export type FortnoxCustomerWrite = z.input<typeof FortnoxCustomerWrite>;

/** Filters of `customers.list`. */
export type CustomerFilter = 'active' | 'inactive';
/** Sort keys of `customers.list`. */
export type CustomerSortBy = 'customernumber' | 'name';

/**
 * `/3/customers`: list, get, create, update, delete, find (scope `customer`).
 *
 * @example
 * const customer = await client.customers.create({ Name: 'Bygg AB' });
 */
export function createCustomersResource(request: FortnoxRequester) {
  const crud = createCrudOperations<
    typeof FortnoxCustomerListItem,
    typeof FortnoxCustomer,
    typeof FortnoxCustomerWrite,
    CustomerFilter,
    CustomerSortBy
  >(request, {
    path: 'customers',
    wrapper: 'Customer',
    listKey: 'Customers',
    item: FortnoxCustomerListItem,
    full: FortnoxCustomer,
    write: FortnoxCustomerWrite,
  });
  return {
    ...crud,
    /** Customers whose `field` equals `value` exactly (Fortnox itself matches substrings). */
    find: (field: CustomerSearchField, value: string, options?: RequestOptions) =>
      findCustomersExactly(crud.list, field, value, options),
  };
}
/** The customers resource. */
export type CustomersResource = ReturnType<typeof createCustomersResource>;
