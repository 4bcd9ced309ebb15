/**
 * Your application's data. Here: a few records in memory. In your app these are your own
 * tables behind the `HostRegisters` and `HostOrders` interfaces (docs/host-guide.md §4).
 */
import { createMemoryHostOrders, createMemoryHostRegisters } from '@fortnox-kit/core';

export const registers = createMemoryHostRegisters({
  customers: [
    {
      id: 'cust-1',
      name: 'Bygg & Kyl i Norr AB',
      organisationNumber: '556677-8899',
      email: 'faktura@byggkyl.se',
    },
  ],
  articles: [
    {
      id: 'art-1',
      articleNumber: 'SERV-1',
      description: 'Service kylaggregat',
      unit: 'st',
      price: 1450,
    },
  ],
});

export const hostOrders = createMemoryHostOrders({
  orders: [
    {
      id: 'AO-1',
      kind: 'work',
      number: 'AO-1',
      customerId: 'cust-1',
      orderDate: '2026-12-01',
      readyForInvoicing: true,
      articleRows: [{ articleNumber: 'SERV-1', quantity: 1, unitPrice: 1450 }],
    },
  ],
});

/** Your sessions: a cookie `session=<id>` names one. */
export const sessions = new Map([
  ['admin-session', { userId: 'anna', tenantId: 'acme', isAdmin: true }],
]);
