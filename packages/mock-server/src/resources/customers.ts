import { type DomainContext, resourceUrl } from '../domain/context.js';
import { assertCustomerDeletable } from '../domain/in-use.js';
import { checkOrganisationNumber } from '../domain/organisation-number.js';
import { checkReferences } from '../domain/references.js';
import { badRequest, FORTNOX_CODES, notFound } from '../http/fortnox-error.js';
import { type ListSpec, listRecords } from '../http/list.js';
import { presentListItem, presentRecord } from '../http/present.js';
import { jsonResponse, noContent } from '../http/responses.js';
import { type Route, route } from '../http/route.js';
import { parseWrapped, readJson, requireFields } from '../http/validate.js';
import { CUSTOMER_DEFAULTS, type CustomerRecord, CustomerWrite } from '../schemas/customer.js';
import { customerFields } from '../schemas/field-table/index.js';

const COUNTRIES: Record<string, string> = {
  SE: 'Sverige',
  NO: 'Norge',
  DK: 'Danmark',
  FI: 'Finland',
  DE: 'Tyskland',
};

/** The full customer as `GET /3/customers/{n}` returns it. */
export function customerFull(ctx: Pick<DomainContext, 'apiBaseUrl'>, record: CustomerRecord) {
  const full = { ...CUSTOMER_DEFAULTS, ...record };
  return presentRecord(customerFields, {
    '@url': resourceUrl(ctx, 'customers', record.CustomerNumber),
    ...full,
    Country: COUNTRIES[full.CountryCode ?? ''] ?? '',
    DeliveryCountry: COUNTRIES[full.DeliveryCountryCode ?? ''] ?? null,
  });
}

function customerItem(ctx: Pick<DomainContext, 'apiBaseUrl'>, r: CustomerRecord) {
  return presentListItem(customerFields, {
    '@url': resourceUrl(ctx, 'customers', r.CustomerNumber),
    Address1: r.Address1 ?? null,
    Address2: r.Address2 ?? null,
    City: r.City ?? null,
    CustomerNumber: r.CustomerNumber,
    Email: r.Email ?? '',
    Name: r.Name,
    OrganisationNumber: r.OrganisationNumber ?? '',
    Phone: r.Phone1 ?? null,
    ZipCode: r.ZipCode ?? null,
  });
}

/** Finds a customer or throws Fortnox's 404. */
export function getCustomer(ctx: DomainContext, number: string): CustomerRecord {
  const found = ctx.tenant.customers.get(number);
  if (!found) throw notFound(`Kunde inte hitta kund: ${number}`);
  return found;
}

/** Creates a customer. Numbers are never reused, not even after a delete (2000637). */
export function createCustomer(ctx: DomainContext, write: CustomerWrite): CustomerRecord {
  requireFields(write, ['Name']);
  const { customers } = ctx.tenant;
  const number = write.CustomerNumber ?? customers.nextNumber();
  if (customers.has(number) || customers.wasDeleted(number)) {
    throw badRequest(
      FORTNOX_CODES.customerNumberUsed,
      `Kundnummer ${number} används redan. Kundnummer kan inte återanvändas, även om kunden är borttagen.`,
    );
  }
  checkReferences(ctx.tenant, write);
  checkOrganisationNumber(write.OrganisationNumber, write.CountryCode);
  const record = { ...write, CustomerNumber: number, Name: write.Name as string };
  customers.set(number, record, ctx.now);
  ctx.publish('customers', 'customer-created-v1', number);
  return record;
}

/** Updates only the fields given. */
export function updateCustomer(
  ctx: DomainContext,
  number: string,
  write: CustomerWrite,
): CustomerRecord {
  const current = getCustomer(ctx, number);
  if (write.CustomerNumber !== undefined && write.CustomerNumber !== number) {
    throw badRequest(FORTNOX_CODES.invalidFieldName, 'Kundnumret kan inte ändras.');
  }
  if (write.Name === '')
    throw badRequest(FORTNOX_CODES.emptyOrIncorrectBody, 'Fältet Name är obligatoriskt.');
  checkReferences(ctx.tenant, write);
  const record = { ...current, ...write, CustomerNumber: number };
  if (write.OrganisationNumber !== undefined || write.CountryCode !== undefined) {
    checkOrganisationNumber(record.OrganisationNumber, record.CountryCode);
  }
  ctx.tenant.customers.set(number, record, ctx.now);
  ctx.publish('customers', 'customer-updated-v2', number);
  return record;
}

/** Deletes a customer without open orders or invoices; its number stays reserved. */
export function deleteCustomer(ctx: DomainContext, number: string): void {
  getCustomer(ctx, number);
  assertCustomerDeletable(ctx.tenant, number);
  ctx.tenant.customers.delete(number);
  ctx.publish('customers', 'customer-deleted-v1', number);
}

function listSpec(ctx: DomainContext): ListSpec<CustomerRecord> {
  return {
    collection: 'Customers',
    item: (r) => customerItem(ctx, r),
    sortFields: { customernumber: (r) => r.CustomerNumber, name: (r) => r.Name.toLowerCase() },
    searchFields: {
      customernumber: (r) => r.CustomerNumber,
      name: (r) => r.Name,
      email: (r) => r.Email,
      phone: (r) => r.Phone1,
      organisationnumber: (r) => r.OrganisationNumber,
      zipcode: (r) => r.ZipCode,
      city: (r) => r.City,
      gln: (r) => r.GLN,
    },
    filters: { active: (r) => r.Active !== false, inactive: (r) => r.Active === false },
    lastModified: true,
  };
}

/** `/3/customers` (scope `customer`). */
export const customerRoutes: Route[] = [
  route('GET', '/3/customers', 'customer', (ctx) =>
    jsonResponse(listRecords(ctx.tenant.customers, listSpec(ctx), ctx.url.searchParams)),
  ),
  route('GET', '/3/customers/:number', 'customer', (ctx) =>
    jsonResponse({ Customer: customerFull(ctx, getCustomer(ctx, ctx.params[0] as string)) }),
  ),
  route('POST', '/3/customers', 'customer', async (ctx) => {
    const write = parseWrapped(await readJson(ctx.request), 'Customer', CustomerWrite);
    return jsonResponse({ Customer: customerFull(ctx, createCustomer(ctx, write)) }, 201);
  }),
  route('PUT', '/3/customers/:number', 'customer', async (ctx) => {
    const write = parseWrapped(await readJson(ctx.request), 'Customer', CustomerWrite);
    const record = updateCustomer(ctx, ctx.params[0] as string, write);
    return jsonResponse({ Customer: customerFull(ctx, record) });
  }),
  route('DELETE', '/3/customers/:number', 'customer', (ctx) => {
    deleteCustomer(ctx, ctx.params[0] as string);
    return noContent();
  }),
];
