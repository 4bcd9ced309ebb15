import type { FortnoxCustomer, FortnoxCustomerWrite } from '../fortnox/resources/customers.js';
import { replaceInvalidCharacters } from '../fortnox/text-rules.js';
import type { Address, Customer, CustomerInput } from '../host/index.js';
import type { HostUpsert } from '../host-registers/host-registers.js';
import { fingerprint } from './fingerprint.js';

/**
 * Fingerprint of the Fortnox customer fields that appear both in list items and in full
 * records, so a list item can be compared with what the sync last wrote or read.
 */
export function fortnoxCustomerHash(c: FortnoxCustomer & { Phone?: string | undefined }): string {
  return fingerprint([
    c.Name,
    c.OrganisationNumber,
    c.Email,
    c.Phone1 ?? c.Phone,
    c.Address1,
    c.Address2,
    c.ZipCode,
    c.City,
  ]);
}

/** Fingerprint of the host customer fields the sync writes to Fortnox. */
export function hostCustomerHash(c: Customer): string {
  return fingerprint([
    c.name,
    c.organisationNumber,
    c.email,
    c.phone,
    c.address,
    c.deliveryAddress,
    c.active,
  ]);
}

/**
 * A Fortnox customer as a host customer: every synced field overwritten (setting 24 says
 * "skriver över alla fält"), host-only fields (custom fields, id) kept. With `subgroup`
 * (setting 42) the customer gets the integration's subgroup.
 */
export function customerFromFortnox(
  fortnox: FortnoxCustomer,
  existing: Customer | undefined,
  subgroup: string | null | undefined,
): HostUpsert<CustomerInput> {
  return {
    ...(existing ? { id: existing.id } : {}),
    fortnoxCustomerNumber: fortnox.CustomerNumber,
    name: fortnox.Name || existing?.name || fortnox.CustomerNumber,
    organisationNumber: fortnox.OrganisationNumber || undefined,
    email: fortnox.Email || undefined,
    phone: fortnox.Phone1 || undefined,
    address: address(
      fortnox.Address1,
      fortnox.Address2,
      fortnox.ZipCode,
      fortnox.City,
      fortnox.CountryCode,
    ),
    deliveryAddress: address(
      fortnox.DeliveryAddress1,
      fortnox.DeliveryAddress2,
      fortnox.DeliveryZipCode,
      fortnox.DeliveryCity,
      fortnox.DeliveryCountryCode,
    ),
    subgroup: subgroup ?? existing?.subgroup ?? null,
    active: fortnox.Active ?? true,
    customFields: existing?.customFields ?? {},
  };
}

/**
 * A host customer as a Fortnox write body: every synced field sent, empty ones as `''` so
 * Fortnox's value is overwritten too; text cleaned to Fortnox's character whitelist.
 */
export function customerToFortnox(c: Customer): FortnoxCustomerWrite {
  const a = c.address ?? {};
  const d = c.deliveryAddress ?? {};
  return {
    Name: clean(c.name),
    OrganisationNumber: clean(c.organisationNumber),
    Email: (c.email ?? '').trim(),
    Phone1: clean(c.phone),
    Address1: clean(a.street),
    Address2: clean(a.street2),
    ZipCode: clean(a.zipCode),
    City: clean(a.city),
    ...(a.countryCode ? { CountryCode: a.countryCode } : {}),
    DeliveryAddress1: clean(d.street),
    DeliveryAddress2: clean(d.street2),
    DeliveryZipCode: clean(d.zipCode),
    DeliveryCity: clean(d.city),
    ...(d.countryCode ? { DeliveryCountryCode: d.countryCode } : {}),
    Active: c.active,
  };
}

function address(
  street: string | undefined,
  street2: string | undefined,
  zipCode: string | undefined,
  city: string | undefined,
  countryCode: string | undefined,
): Address | undefined {
  const country = countryCode?.trim().toUpperCase();
  const result: Address = {
    ...(street ? { street } : {}),
    ...(street2 ? { street2 } : {}),
    ...(zipCode ? { zipCode } : {}),
    ...(city ? { city } : {}),
    ...(country && /^[A-Z]{2}$/.test(country) ? { countryCode: country } : {}),
  };
  return Object.keys(result).length > 0 ? result : undefined;
}

function clean(text: string | undefined): string {
  return replaceInvalidCharacters(text ?? '').text.trim();
}
