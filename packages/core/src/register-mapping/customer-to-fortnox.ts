import type { FortnoxCustomerWrite } from '../fortnox/resources/customers.js';
import type { Customer } from '../host/index.js';
import { fortnoxText, type ToFortnoxOptions, writtenFields } from './write-mode.js';

/**
 * The one host → Fortnox customer mapping, for the send's create, the sync's create and the
 * sync's update, and what the pre-send validation checks (decisions/143). Every synced
 * field: name, organisation number, e-mail, phone, address, delivery address and `Active`;
 * text cleaned to Fortnox's character whitelist and trimmed. A country code is written only
 * when the host has one (Fortnox's own default is `SE`). With `mode: 'create'` empty fields
 * are left out; with `mode: 'update'` they are written as `''` to clear Fortnox's value.
 *
 * @example customerToFortnox(customer, { mode: 'create' }) // { Name: 'Bygg AB', Active: true, … }
 */
export function customerToFortnox(c: Customer, options: ToFortnoxOptions): FortnoxCustomerWrite {
  const a = c.address ?? {};
  const d = c.deliveryAddress ?? {};
  const fields = writtenFields(
    {
      OrganisationNumber: fortnoxText(c.organisationNumber),
      // An address Fortnox would refuse is refused before the send, not rewritten.
      Email: (c.email ?? '').trim(),
      Phone1: fortnoxText(c.phone),
      Address1: fortnoxText(a.street),
      Address2: fortnoxText(a.street2),
      ZipCode: fortnoxText(a.zipCode),
      City: fortnoxText(a.city),
      CountryCode: a.countryCode || undefined,
      DeliveryAddress1: fortnoxText(d.street),
      DeliveryAddress2: fortnoxText(d.street2),
      DeliveryZipCode: fortnoxText(d.zipCode),
      DeliveryCity: fortnoxText(d.city),
      DeliveryCountryCode: d.countryCode || undefined,
      Active: c.active,
    },
    options.mode,
  );
  // Name is required: an empty one stays, for the validation to name it.
  return { Name: fortnoxText(c.name), ...fields };
}
