import { type Clock, systemClock } from '../env/clock.js';
import type { FortnoxCustomerWrite } from '../fortnox/resources/customers.js';
import { replaceInvalidCharacters } from '../fortnox/text-rules.js';
import type { Customer } from '../host/index.js';
import type { HostRegisters } from '../host-registers/index.js';
import type { FortnoxGateway } from '../integration/fortnox-gateway.js';
import { WorkflowError } from '../integration/workflow-error.js';
import { partyLock } from '../store/party-lock.js';
import type { StateStore } from '../store/state-store.js';
import { customerKey } from './idempotency-key.js';
import { createJournaled } from './journaled-create.js';

/** Dependencies of the customer steps of a send. */
export interface CustomerDeps {
  connectionId: string;
  store: StateStore;
  gateway: FortnoxGateway;
  registers: HostRegisters;
  now: () => number;
  /** Times the cross-process lock's waits. @default systemClock */
  clock?: Clock;
}

/** The Fortnox customer of a host customer: known, or still to be created. */
export type CustomerResolution =
  | { customer: Customer; customerNumber: string }
  | { customer: Customer; customerNumber: undefined };

/**
 * Finds the Fortnox customer of a host customer without writing anything: by stored link or
 * number (verified to exist), then by organisation number, then by email (SPEC §4: never by
 * name). `customerNumber` is undefined when a new Fortnox customer must be created.
 */
export async function resolveCustomer(
  deps: CustomerDeps,
  hostCustomerId: string,
): Promise<CustomerResolution> {
  const customer = await deps.registers.customers.findById(hostCustomerId);
  if (!customer) {
    throw new WorkflowError('not_found', `The order's customer (${hostCustomerId}) was not found.`);
  }
  const link = await deps.store.getLinkByHostId(deps.connectionId, 'customers', customer.id);
  for (const number of [link?.fortnoxNumber, customer.fortnoxCustomerNumber ?? undefined]) {
    if (number && (await deps.gateway.getCustomer(number)))
      return { customer, customerNumber: number };
  }
  const matches = [
    customer.organisationNumber &&
      (await deps.gateway.findCustomers('organisationnumber', customer.organisationNumber)),
    customer.email && (await deps.gateway.findCustomers('email', customer.email)),
  ];
  for (const found of matches) {
    if (found && found.length === 1 && found[0]) {
      return { customer, customerNumber: found[0].CustomerNumber };
    }
  }
  return { customer, customerNumber: undefined };
}

/**
 * Makes sure the customer exists in Fortnox (creating it when unresolved), links it and
 * writes the number onto the host customer. Returns the Fortnox customer number.
 */
export async function ensureCustomer(
  deps: CustomerDeps,
  resolved: CustomerResolution,
): Promise<string> {
  const { customer } = resolved;
  const customerNumber = resolved.customerNumber ?? (await createOnce(deps, customer));
  await link(deps, customer, customerNumber);
  if (customer.fortnoxCustomerNumber !== customerNumber) {
    await deps.registers.customers.upsert({ ...customer, fortnoxCustomerNumber: customerNumber });
  }
  return customerNumber;
}

/**
 * Creates the Fortnox customer of a host customer at most once, however many sends (in
 * however many processes) need it at the same time and however often its answer is lost:
 * under the store's lock for that host customer, the customer is resolved again (a send that
 * held the lock before may have created and linked it), created through the create journal
 * with our marker in `ExternalReference` (decisions/110), and linked before the lock is let go.
 */
async function createOnce(deps: CustomerDeps, customer: Customer): Promise<string> {
  const { lock, key } = partyLock(deps.store, deps.clock);
  return lock.withLock(key(deps.connectionId, 'customers', customer.id), async () => {
    const again = await resolveCustomer(deps, customer.id);
    if (again.customerNumber) return again.customerNumber;
    const body = customerBody(customer);
    const reference = await customerKey(deps.connectionId, customer.id);
    const { fortnoxNumber } = await createJournaled(
      { store: deps.store, clock: deps.clock ?? systemClock },
      {
        key: { connectionId: deps.connectionId, register: 'customers', hostId: customer.id },
        reference,
        name: String(body.Name),
        create: async () =>
          (await deps.gateway.createCustomer({ ...body, ExternalReference: reference }))
            .CustomerNumber,
        lookup: (entry) => findMarked(deps.gateway, entry.name ?? String(body.Name), reference),
      },
    );
    await link(deps, customer, fortnoxNumber);
    return fortnoxNumber;
  });
}

/** The customer an earlier create made: searched by the name sent, told by our marker. */
async function findMarked(
  gateway: FortnoxGateway,
  name: string,
  reference: string,
): Promise<string | undefined> {
  const marked: string[] = [];
  for (const candidate of await gateway.findCustomers('name', name)) {
    const full = await gateway.getCustomer(candidate.CustomerNumber);
    if (full?.ExternalReference === reference) marked.push(full.CustomerNumber);
  }
  // Two would mean an earlier bug; keep the oldest (lowest number) as the integration's.
  return marked.sort((a, b) => a.localeCompare(b, 'sv', { numeric: true }))[0];
}

function link(deps: CustomerDeps, customer: Customer, fortnoxNumber: string) {
  return deps.store.putLinks([
    {
      connectionId: deps.connectionId,
      register: 'customers',
      hostId: customer.id,
      fortnoxNumber,
      syncedAt: deps.now(),
    },
  ]);
}

const clean = (text: string | undefined) =>
  text ? replaceInvalidCharacters(text).text : undefined;

/** The Fortnox customer created for a host customer (checked first by `validateBeforeSend`). */
export function customerBody(c: Customer): FortnoxCustomerWrite {
  const body: Record<string, unknown> = {
    Name: clean(c.name),
    OrganisationNumber: c.organisationNumber,
    Email: c.email,
    Phone1: clean(c.phone),
    Address1: clean(c.address?.street),
    Address2: clean(c.address?.street2),
    ZipCode: clean(c.address?.zipCode),
    City: clean(c.address?.city),
    CountryCode: c.address?.countryCode,
  };
  return Object.fromEntries(
    Object.entries(body).filter(([, v]) => v !== undefined && v !== ''),
  ) as FortnoxCustomerWrite;
}
