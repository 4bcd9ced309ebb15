import type { Article } from '../host/article.js';
import type { Customer } from '../host/customer.js';
import type { Facility, ServiceObject } from '../host/facility.js';
import type { User } from '../host/people.js';

/**
 * Everything `mapOrder` may look up or read besides the order and the settings. The
 * mapping does no I/O and never reads the clock: time comes in as `today`.
 */
export interface MappingContext {
  /** The order's customer (`order.customerId`). */
  customer: Customer;
  /** The order's facility, when it has one. */
  facility?: Facility | undefined;
  /** Users by id: technicians, assignee, signer. */
  users: ReadonlyMap<string, User>;
  /** Articles by article number. */
  articles: ReadonlyMap<string, Article>;
  /** Service objects by id. */
  serviceObjects: ReadonlyMap<string, ServiceObject>;
  /** Whether the host uses subgroups at all. */
  usesSubgroups: boolean;
  /** The subgroup the order is sent from (the user's current subgroup); falls back to the integration's. */
  currentSubgroup?: string | null | undefined;
  /** Today's date, `YYYY-MM-DD` (the invoice date when an invoice is created). */
  today: string;
}

/** Lists instead of maps, for {@link createMappingContext}. */
export interface MappingContextInput {
  customer: Customer;
  facility?: Facility | undefined;
  users?: readonly User[];
  articles?: readonly Article[];
  serviceObjects?: readonly ServiceObject[];
  usesSubgroups?: boolean;
  currentSubgroup?: string | null;
  today: string;
}

/**
 * Builds a {@link MappingContext} from plain lists (indexes them once).
 *
 * @example createMappingContext({ customer, users, articles, today: '2026-11-28' })
 */
export function createMappingContext(input: MappingContextInput): MappingContext {
  return {
    customer: input.customer,
    facility: input.facility,
    users: new Map((input.users ?? []).map((u) => [u.id, u])),
    articles: new Map((input.articles ?? []).map((a) => [a.articleNumber, a])),
    serviceObjects: new Map((input.serviceObjects ?? []).map((s) => [s.id, s])),
    usesSubgroups: input.usesSubgroups ?? false,
    currentSubgroup: input.currentSubgroup ?? null,
    today: input.today,
  };
}
