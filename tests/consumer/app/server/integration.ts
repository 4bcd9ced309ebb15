/**
 * The consumer test's own part of the host: one integration on the Fortnox emulator (its
 * address and OAuth client come from the environment), with in-memory data and state. The
 * handler (server/fortnox.ts) and the framework recipes around it are the host guide's.
 */
import {
  createIntegration,
  createMemoryHostOrders,
  createMemoryHostRegisters,
  createMemoryStateStore,
  generateEncryptionKey,
} from '@fortnox-kit/core';
import type { Session } from './tenant-host.ts';

// One instance each: the integration asks for them per call ({ tenantId, user } scopes).
const registers = createMemoryHostRegisters({
  customers: [{ id: 'cust-1', name: 'Bygg & Kyl i Norr AB', email: 'faktura@byggkyl.se' }],
  articles: [
    { id: 'art-1', articleNumber: 'SERV-1', description: 'Service', unit: 'st', price: 1450 },
  ],
});
const hostOrders = createMemoryHostOrders({
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

const env = (name: string) => process.env[name] ?? 'http://127.0.0.1:9';

export const integration = createIntegration({
  fortnox: {
    clientId: process.env.FORTNOX_CLIENT_ID ?? 'unset',
    clientSecret: process.env.FORTNOX_CLIENT_SECRET ?? 'unset',
    redirectUri: `${env('APP_URL')}/api/fortnox/oauth/callback`,
    apiBaseUrl: env('FORTNOX_URL'),
    authBaseUrl: env('FORTNOX_URL'),
  },
  tenantId: 'acme',
  store: createMemoryStateStore({ encryptionKey: generateEncryptionKey() }),
  registers: () => registers,
  hostOrders: () => hostOrders,
});

const sessions = new Map<string, Session>([
  ['admin-session', { userId: 'anna', tenantId: 'acme', roles: ['admin'] }],
]);

/** The session behind a `session=<id>` cookie. */
export const findSession = async (id: string) => sessions.get(id);

/** The host's logger. */
export const log = {
  error: (...args: unknown[]) => console.error('fortnox-kit:', ...args),
  warn: (...args: unknown[]) => console.warn('fortnox-kit:', ...args),
  info: (..._args: unknown[]) => {},
  debug: (..._args: unknown[]) => {},
};
