import type { FortnoxCustomer } from '../fortnox/resources/customers.js';
import type { Address, Customer, CustomerInput } from '../host/index.js';
import type { HostUpsert } from '../host-registers/host-registers.js';

/**
 * The one Fortnox → host customer mapping, for the sync's pull and the order import
 * (decisions/143): every synced field overwritten (setting 24 says "skriver över alla
 * fält"), host-only fields (id, custom fields) kept. With `subgroup` (setting 42) the
 * customer gets the integration's subgroup; otherwise it keeps its own.
 *
 * @example customerFromFortnox(fortnoxCustomer, undefined, null) // a new host customer
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
