import type { FortnoxCustomer } from '../fortnox/resources/customers.js';
import type { Customer } from '../host/index.js';
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
