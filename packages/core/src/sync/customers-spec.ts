import type { FortnoxCustomer } from '../fortnox/resources/customers.js';
import type { Customer, CustomerInput } from '../host/index.js';
import type { HostCustomerRegister } from '../host-registers/host-registers.js';
import { normalizeEmail, normalizeOrganisationNumber } from '../host-registers/host-registers.js';
import { customerFromFortnox } from '../register-mapping/customer-from-fortnox.js';
import { customerToFortnox } from '../register-mapping/customer-to-fortnox.js';
import { fortnoxCustomerHash, hostCustomerHash } from './customer-fields.js';
import type { FortnoxSyncApi } from './fortnox-sync-api.js';
import type { MatchResult, RegisterSpec } from './register-spec.js';
import type { SyncSettings } from './sync-settings.js';

/**
 * Customer rules (SPEC §4, settings 24 and 42): new customers flow both ways; with 24 on,
 * a change on either side overwrites every field on the other, and "Synk" overwrites every
 * host customer from Fortnox. Matching: link, customer number, organisation number, email.
 */
export function createCustomersSpec(
  api: FortnoxSyncApi,
  host: HostCustomerRegister,
  settings: SyncSettings,
): RegisterSpec<Customer, CustomerInput, FortnoxCustomer> {
  const subgroup = settings.setSubgroupOnSync ? settings.subgroup : null;
  return {
    register: 'customers',
    host,
    numberOf: (c) => c.CustomerNumber,
    hostNumber: (c) => c.fortnoxCustomerNumber ?? undefined,
    label: (r) => ('name' in r ? r.name : (r.Name ?? null)),
    fortnoxHash: fortnoxCustomerHash,
    hostHash: hostCustomerHash,
    skipFortnox: () => undefined,
    skipHost: (c) =>
      settings.subgroup && c.subgroup && c.subgroup !== settings.subgroup
        ? 'other-subgroup'
        : undefined,
    // List items lack delivery address, country and Active.
    needsDetail: () => true,
    get: (number, signal) => api.customers.get(number, signal),
    async matchHost(fortnox) {
      const byNumber = await host.findByNumber(fortnox.CustomerNumber);
      if (byNumber) return { kind: 'found', record: byNumber, by: 'number' };
      const org = normalizeOrganisationNumber(fortnox.OrganisationNumber);
      if (org) {
        const found = unlinked(await host.findByOrganisationNumber(org));
        if (found.length > 0) return one(found, 'organisationNumber');
      }
      const email = normalizeEmail(fortnox.Email);
      if (email) {
        const found = unlinked(await host.findByEmail(email));
        if (found.length > 0) return one(found, 'email');
      }
      return { kind: 'none' };
    },
    async matchFortnox(customer, signal) {
      if (customer.fortnoxCustomerNumber) {
        const found = await api.customers.get(customer.fortnoxCustomerNumber, signal);
        if (found) return { kind: 'found', record: found, by: 'number' };
      }
      const org = normalizeOrganisationNumber(customer.organisationNumber);
      if (org) {
        // Fortnox searches substrings of the stored text, which may or may not have the
        // hyphen: the last four digits match either way, the exact check is ours.
        const found = (
          await api.customers.search('organisationnumber', org.slice(-4), signal)
        ).filter((c) => normalizeOrganisationNumber(c.OrganisationNumber) === org);
        if (found.length > 0) {
          // Two host customers with this number: pairing either would be a guess.
          const twins = unlinked(await host.findByOrganisationNumber(org)).length;
          return twins > 1
            ? { kind: 'ambiguous', by: 'organisationNumber', count: twins }
            : one(found, 'organisationNumber');
        }
      }
      const email = normalizeEmail(customer.email);
      if (email) {
        const found = (await api.customers.search('email', email, signal)).filter(
          (c) => normalizeEmail(c.Email) === email,
        );
        if (found.length > 0) {
          const twins = unlinked(await host.findByEmail(email)).length;
          return twins > 1 ? { kind: 'ambiguous', by: 'email', count: twins } : one(found, 'email');
        }
      }
      return { kind: 'none' };
    },
    toHost(fortnox, existing, overwrite) {
      if (existing && !overwrite) return undefined;
      return { record: customerFromFortnox(fortnox, existing, subgroup) };
    },
    pullUpdates: settings.syncUpdatedCustomers,
    pushUpdates: settings.syncUpdatedCustomers,
    push: true,
    deletesToFortnox: settings.syncUpdatedCustomers,
    deletesToHost: settings.syncUpdatedCustomers,
    remove: (number, signal) => api.customers.remove(number, signal),
    deactivate: async (number, signal) =>
      void (await api.customers.update(number, { Active: false }, signal)),
    async pushChanges({ host: customer, fortnoxNumber: number, signal }) {
      if (!settings.syncUpdatedCustomers) return { fortnoxHash: undefined, requests: 0 };
      const updated = await api.customers.update(
        number,
        customerToFortnox(customer, { mode: 'update' }),
        signal,
      );
      return { fortnoxHash: fortnoxCustomerHash(updated), requests: 1 };
    },
    create: (customer, signal) =>
      api.customers.create(
        {
          ...customerToFortnox(customer, { mode: 'create' }),
          ...(customer.fortnoxCustomerNumber
            ? { CustomerNumber: customer.fortnoxCustomerNumber }
            : {}),
        },
        signal,
      ),
    withNumber: (customer, number) =>
      customer.fortnoxCustomerNumber === number
        ? undefined
        : { ...customer, fortnoxCustomerNumber: number },
  };
}

function unlinked(customers: Customer[]): Customer[] {
  // A host customer already carrying another Fortnox number belongs to that customer.
  return customers.filter((c) => !c.fortnoxCustomerNumber);
}

function one<T>(found: T[], by: 'organisationNumber' | 'email'): MatchResult<T> {
  const [first] = found;
  return found.length === 1 && first !== undefined
    ? { kind: 'found', record: first, by }
    : { kind: 'ambiguous', by, count: found.length };
}
