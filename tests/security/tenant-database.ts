import type { TenantDatabase } from '../../docs/recipes/tenant-host.js';
import {
  createMemoryHostRegisters,
  type MemoryHostRegisters,
  type MemoryHostRegistersOptions,
} from '../../packages/core/src/host-registers/index.js';
import {
  createMemoryHostOrders,
  type MemoryHostOrders,
  type MemoryHostOrdersOptions,
} from '../../packages/core/src/send/index.js';

/** One tenant's rows. */
export type TenantRows = MemoryHostOrdersOptions &
  Pick<MemoryHostRegistersOptions, 'customers' | 'articles'>;

/**
 * The host's database for the security suite: every row belongs to one tenant, and every
 * query names the tenant (the `WHERE tenant_id = ?` of a SQL table). Built from the kit's
 * in-memory reference implementations, one set per tenant; an unknown tenant has no rows.
 */
export function createTenantDatabase(rows: Record<string, TenantRows>) {
  const orders = new Map<string, MemoryHostOrders>();
  const registers = new Map<string, MemoryHostRegisters>();
  for (const [tenantId, data] of Object.entries(rows)) {
    orders.set(tenantId, createMemoryHostOrders(data));
    registers.set(
      tenantId,
      createMemoryHostRegisters({ customers: data.customers, articles: data.articles }),
    );
  }
  const ordersOf = (tenantId: string) => orders.get(tenantId) ?? createMemoryHostOrders();
  const registersOf = (tenantId: string) => registers.get(tenantId) ?? createMemoryHostRegisters();
  const db: TenantDatabase = {
    orders: {
      get: (t, id) => ordersOf(t).findById(id),
      byFortnoxDocument: (t, ref) => ordersOf(t).findByIntegrationReference(ref),
      patch: (t, id, patch) => ordersOf(t).update(id, patch),
      insert: (t, order) => ordersOf(t).create(order),
    },
    users: { get: (t, id) => ordersOf(t).findUser(id) },
    facilities: { get: (t, id) => ordersOf(t).findFacility(id) },
    serviceObjects: { get: (t, id) => ordersOf(t).findServiceObject(id) },
    customers: {
      changedSince: (t, cursor, limit) => registersOf(t).customers.changedSince(cursor, limit),
      get: (t, id) => registersOf(t).customers.findById(id),
      byNumber: (t, number) => registersOf(t).customers.findByNumber(number),
      upsert: (t, record) => registersOf(t).customers.upsert(record),
      byOrganisationNumber: (t, orgNr) => registersOf(t).customers.findByOrganisationNumber(orgNr),
      byEmail: (t, email) => registersOf(t).customers.findByEmail(email),
    },
    articles: {
      changedSince: (t, cursor, limit) => registersOf(t).articles.changedSince(cursor, limit),
      get: (t, id) => registersOf(t).articles.findById(id),
      byNumber: (t, number) => registersOf(t).articles.findByNumber(number),
      upsert: (t, record) => registersOf(t).articles.upsert(record),
    },
  };
  /** Every order a tenant has (what the tests check for "nothing changed"). */
  const allOrders = (tenantId: string) => ordersOf(tenantId).all();
  return { db, allOrders };
}
