import { z } from 'zod';
import { Action, ArticleRow, IntegrationReference, OrderComment } from './order-parts.js';
import { ContactPerson } from './people.js';
import { CustomFields, HostId, IsoDate } from './primitives.js';

/** Service order (service protocol), work order (AO) or sales order (SO). */
export const OrderKind = z.enum(['service', 'work', 'sales']);
export type OrderKind = z.infer<typeof OrderKind>;

/**
 * A host order of any kind (SPEC §8): what `mapOrder` turns into a Fortnox order or
 * invoice. Users (assignee, signer, technicians) and service objects are referenced by
 * id and resolved through the mapping context.
 *
 * @example
 * Order.parse({ id: 'o1', kind: 'work', number: 'AO-1043', customerId: 'c1', orderDate: '2026-11-20' })
 */
export const Order = z.object({
  id: HostId,
  kind: OrderKind,
  /** Our order number, e.g. `AO-1043`. */
  number: z.string().min(1),
  customerId: HostId,
  facilityId: HostId.optional(),
  subgroup: z.string().nullish(),
  /** Free-text status, e.g. `Levererad` (written with setting 16 on sales orders). */
  status: z.string().optional(),
  /** The customer's own order number ("kundens ordernummer"). */
  customerOrderNumber: z.string().optional(),
  description: z.string().optional(),
  faultCause: z.string().optional(),
  orderDate: IsoDate,
  deliveryDate: IsoDate.optional(),
  contactPerson: ContactPerson.optional(),
  requester: ContactPerson.optional(),
  /** The assigned user's id. */
  assigneeId: HostId.optional(),
  /** The id of the user who signed the order. */
  signedById: HostId.optional(),
  comments: z.array(OrderComment).default([]),
  customFields: CustomFields.default({}),
  serviceObjectIds: z.array(HostId).default([]),
  actions: z.array(Action).default([]),
  articleRows: z.array(ArticleRow).default([]),
  integrationReference: IntegrationReference.nullish(),
  invoiced: z.boolean().default(false),
  readyForInvoicing: z.boolean().default(false),
});
export type Order = z.infer<typeof Order>;
/** What a host passes to `Order.parse` (defaults not yet applied). */
export type OrderInput = z.input<typeof Order>;
