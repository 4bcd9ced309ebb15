import type { FortnoxList, ListParams } from '../../client/paginate.js';
import type { RequestOptions } from '../../client/request.js';
import {
  normalizeEmail,
  normalizeOrganisationNumber,
} from '../../host-registers/host-registers.js';
import type { FortnoxCustomerListItem } from './customers.js';

/** The customer fields {@link findCustomersExactly} searches by. */
export type CustomerSearchField = 'organisationnumber' | 'email' | 'name';

type CustomerList = (params: ListParams<never, never>) => FortnoxList<FortnoxCustomerListItem>;

/**
 * Customers whose `field` equals `value` exactly. Fortnox searches substrings, so the list
 * is filtered here: names as they are, e-mails normalized, organisation numbers (stored
 * with or without the hyphen) by the last four digits searched and all ten compared.
 */
export async function findCustomersExactly(
  list: CustomerList,
  field: CustomerSearchField,
  value: string,
  options?: RequestOptions,
): Promise<FortnoxCustomerListItem[]> {
  const search = (text: string) => list({ ...options, search: { [field]: text } }).toArray();
  if (field === 'name') return (await search(value)).filter((c) => c.Name === value);
  if (field === 'email') {
    const wanted = normalizeEmail(value);
    if (!wanted) return [];
    return (await search(wanted)).filter((c) => normalizeEmail(c.Email) === wanted);
  }
  const wanted = normalizeOrganisationNumber(value);
  if (wanted.length < 4) return [];
  return (await search(wanted.slice(-4))).filter(
    (c) => normalizeOrganisationNumber(c.OrganisationNumber) === wanted,
  );
}
