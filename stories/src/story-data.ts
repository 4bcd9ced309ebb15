import type { ArticleInput, CustomerInput, OrderInput } from '@fortnox-kit/core';
import type { RealBackend } from './real-backend.js';

/** The Fortnox company the stories connect to (the emulator tenant's name). */
export const COMPANY = 'Kyltjänst i Norr AB';

/** The order the order-button stories show. */
export const ORDER = 'AO-1043';

/** The subgroups of a host that uses them. */
export const SUBGROUPS = [
  { id: 'norr', name: 'Kyltjänst Norr' },
  { id: 'syd', name: 'Kyltjänst Syd' },
];

/** The host's customer register. */
export const customers: CustomerInput[] = [
  {
    id: 'K-1001',
    name: 'Kylcentralen i Umeå AB',
    email: 'info@kylcentralen.se',
    organisationNumber: '556677-8899',
  },
];

/** The host's article register. */
export const articles: ArticleInput[] = [
  {
    id: 'A-10',
    articleNumber: 'FILTER-10',
    description: 'Oljefilter GA 10',
    unit: 'st',
    price: 149,
  },
  { id: 'A-20', articleNumber: 'SERVICE-H', description: 'Servicetimme', unit: 'h', price: 850 },
];

/** A host work order for `K-1001`, ready for invoicing unless told otherwise. */
export function workOrder(readyForInvoicing = true): OrderInput {
  return {
    id: ORDER,
    kind: 'work',
    number: ORDER,
    customerId: 'K-1001',
    orderDate: '2026-11-27',
    readyForInvoicing,
    articleRows: [
      { articleNumber: 'FILTER-10', quantity: 2 },
      { articleNumber: 'SERVICE-H', quantity: 1.5 },
    ],
  };
}

/** The emulator holds the order's creation in Fortnox until the clock moves {@link HOLD_MS}. */
export async function holdOrderCreation(backend: RealBackend): Promise<void> {
  backend.emulator.control.injectFault({ method: 'POST', path: '/3/orders', latencyMs: HOLD_MS });
}

/**
 * A user adds a customer inside Fortnox a minute after connecting, and the emulator holds
 * the sync's read of it (a delay longer than the story clock runs by itself): the next sync
 * stays "Synkar…" at "Kunder: 0 av 2" until the clock is advanced {@link HOLD_MS}.
 */
export async function holdTheNextCustomerRead(backend: RealBackend): Promise<void> {
  backend.clock.advance(60_000);
  backend.facts.fortnoxCustomerNumber = backend.user.createCustomer({
    Name: 'Kyl & Frys i Piteå AB',
    Email: 'info@kylfrys.se',
  });
  backend.emulator.control.injectFault({
    method: 'GET',
    path: /^\/3\/customers\/\d+$/,
    latencyMs: HOLD_MS,
  });
}

/** Customers added in the host that Fortnox refuses (each fails with Fortnox's own message). */
export const refusedCustomers: CustomerInput[] = [
  { id: 'K-1043', name: 'Bygg & Kyl i Luleå AB', email: 'faktura@byggkyl' },
  { id: 'K-2210', name: 'Fastighets AB Norrsken', email: 'info.norrsken.se' },
];

/** A delay longer than the story clock runs by itself: holds a request until advanced. */
export const HOLD_MS = 60 * 60_000;

/**
 * A manual sync after the connect run, with two host customers that Fortnox refuses: the
 * newest run is "klar med fel" with two record errors, the connect run before it "klar".
 */
export async function syncWithRefusedCustomers(backend: RealBackend): Promise<void> {
  for (const customer of refusedCustomers) await backend.registers.customers.upsert(customer);
  await backend.integration.startSync();
  await backend.integration.sync.idle();
}

/** Sends the story's order to Fortnox; remembers its Fortnox document number. */
export async function sendOrder(backend: RealBackend): Promise<string> {
  const { status } = await backend.integration.sendOrder(ORDER);
  const documentNumber = status.reference?.documentNumber ?? '';
  backend.facts.orderNumber = documentNumber;
  return documentNumber;
}

/** Whether the emulator has answered a request (a held one is not in its log yet). */
export function answered(backend: RealBackend, method: string, path: string): boolean {
  return backend.emulator.control
    .requests({ tenantId: backend.tenantId })
    .some((entry) => entry.method === method && entry.path === path);
}
