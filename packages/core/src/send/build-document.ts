import { formatFortnoxDate } from '../fortnox/schemas/date-format.js';
import type { Customer, Order } from '../host/index.js';
import { createMappingContext } from '../mapping/context.js';
import type { IntegrationSettings } from '../settings/integration-settings.js';
import type { MappedDocument, SendDeps } from './send-deps.js';

// Stands in for a customer number that is created only after every check has passed.
export const PENDING_CUSTOMER = '0';

/**
 * Maps a host order for sending: loads the users, articles, facility and service objects the
 * mapping reads, maps with `customerNumber` (or a placeholder while the customer is still to
 * be created) and returns the document with the real number to be filled in.
 */
export async function buildDocument(
  deps: SendDeps,
  order: Order,
  customer: Customer,
  customerNumber: string | undefined,
  settings: IntegrationSettings,
): Promise<MappedDocument> {
  const userIds = new Set<string>();
  for (const id of [order.assigneeId, order.signedById]) if (id) userIds.add(id);
  for (const a of order.actions) if (a.userId) userIds.add(a.userId);
  for (const r of order.articleRows) if (r.userId) userIds.add(r.userId);
  const objectIds = new Set(order.serviceObjectIds);
  for (const a of order.actions) if (a.serviceObjectId) objectIds.add(a.serviceObjectId);
  for (const r of order.articleRows) if (r.serviceObjectId) objectIds.add(r.serviceObjectId);

  const users = await loadAll([...userIds], (id) => deps.hostOrders.findUser(id));
  const serviceObjects = await loadAll([...objectIds], (id) =>
    deps.hostOrders.findServiceObject(id),
  );
  const numbers = [...new Set(order.articleRows.map((r) => r.articleNumber))];
  const articles = await loadAll(numbers, (n) => deps.registers.articles.findByNumber(n));
  const facility = order.facilityId
    ? await deps.hostOrders.findFacility(order.facilityId)
    : undefined;

  const context = createMappingContext({
    customer: { ...customer, fortnoxCustomerNumber: customerNumber ?? PENDING_CUSTOMER },
    facility,
    users,
    articles,
    serviceObjects,
    usesSubgroups: deps.usesSubgroups ?? false,
    // The sending side is the integration's subgroup (settings.subgroup); the mapping falls back to it.
    currentSubgroup: settings.subgroup,
    today: formatFortnoxDate(deps.clock.now()),
  });
  const { target, document, warnings } = deps.mapOrder(order, settings, context);
  return { target, document, warnings: warnings ?? [] } as MappedDocument;
}

async function loadAll<T>(
  ids: readonly string[],
  load: (id: string) => Promise<T | undefined>,
): Promise<T[]> {
  const found = await Promise.all(ids.map(load));
  return found.filter((x) => x !== undefined) as T[];
}
