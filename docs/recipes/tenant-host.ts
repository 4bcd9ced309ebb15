import type {
  Article,
  ArticleInput,
  Customer,
  CustomerInput,
  Facility,
  HandlerUser,
  HostChangePage,
  HostOrderPatch,
  HostOrders,
  HostRegister,
  HostRegisters,
  HostScope,
  HostUpsert,
  IntegrationReference,
  NewHostOrder,
  Order,
  ServiceObject,
  User,
} from '@fortnox-kit/core';

/**
 * Your database as this recipe uses it. Every call takes the tenant first: in SQL each one
 * is a query with `WHERE tenant_id = ?` (and every table has a `tenant_id` column).
 */
export interface TenantDatabase {
  orders: {
    get(tenantId: string, id: string): Promise<Order | undefined>;
    byFortnoxDocument(tenantId: string, ref: IntegrationReference): Promise<Order | undefined>;
    patch(tenantId: string, id: string, patch: HostOrderPatch): Promise<Order>;
    insert(tenantId: string, order: NewHostOrder): Promise<Order>;
  };
  users: { get(tenantId: string, id: string): Promise<User | undefined> };
  facilities: { get(tenantId: string, id: string): Promise<Facility | undefined> };
  serviceObjects: { get(tenantId: string, id: string): Promise<ServiceObject | undefined> };
  customers: TenantTable<Customer, CustomerInput> & {
    byOrganisationNumber(tenantId: string, organisationNumber: string): Promise<Customer[]>;
    byEmail(tenantId: string, email: string): Promise<Customer[]>;
  };
  articles: TenantTable<Article, ArticleInput>;
}

/** A register table: change feed, lookups and upsert, all inside one tenant. */
export interface TenantTable<T extends { id: string }, TInput extends { id: string }> {
  changedSince(tenantId: string, cursor: string | null, limit: number): Promise<HostChangePage<T>>;
  get(tenantId: string, id: string): Promise<T | undefined>;
  byNumber(tenantId: string, fortnoxNumber: string): Promise<T | undefined>;
  upsert(tenantId: string, record: HostUpsert<TInput>): Promise<T>;
}

/** `hostOrders` for `createIntegration`: an order of another tenant is simply not found. */
export function tenantHostOrders(db: TenantDatabase) {
  return ({ tenantId }: HostScope): HostOrders => ({
    findById: (id) => db.orders.get(tenantId, id),
    findByIntegrationReference: (ref) => db.orders.byFortnoxDocument(tenantId, ref),
    update: (id, patch) => db.orders.patch(tenantId, id, patch),
    create: (order) => db.orders.insert(tenantId, order),
    findUser: (id) => db.users.get(tenantId, id),
    findFacility: (id) => db.facilities.get(tenantId, id),
    findServiceObject: (id) => db.serviceObjects.get(tenantId, id),
  });
}

/** `registers` for `createIntegration`: the sync sees and writes this tenant's rows only. */
export function tenantHostRegisters(db: TenantDatabase) {
  return ({ tenantId }: HostScope): HostRegisters => ({
    customers: {
      ...register(db.customers, tenantId),
      findByOrganisationNumber: (orgNr) => db.customers.byOrganisationNumber(tenantId, orgNr),
      findByEmail: (email) => db.customers.byEmail(tenantId, email),
    },
    articles: register(db.articles, tenantId),
  });
}

function register<T extends { id: string }, TInput extends { id: string }>(
  table: TenantTable<T, TInput>,
  tenantId: string,
): HostRegister<T, TInput> {
  return {
    changedSince: (cursor, limit) => table.changedSince(tenantId, cursor, limit),
    findById: (id) => table.get(tenantId, id),
    findByNumber: (fortnoxNumber) => table.byNumber(tenantId, fortnoxNumber),
    upsert: (record) => table.upsert(tenantId, record),
  };
}

/** What your session store keeps about a signed-in user. */
export interface Session {
  userId: string;
  tenantId: string;
  roles: string[];
}

/** `authorize` for `createFortnoxHandler`: the session cookie's user, with their tenant. */
export function authorizeFromSession(findSession: (id: string) => Promise<Session | undefined>) {
  return async (request: Request): Promise<HandlerUser | null> => {
    const sessionId = cookie(request.headers.get('cookie'), 'session');
    const session = sessionId ? await findSession(sessionId) : undefined;
    if (!session) return null;
    return {
      id: session.userId,
      tenantId: session.tenantId,
      isAdmin: session.roles.includes('admin'),
    };
  };
}

function cookie(header: string | null, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}
