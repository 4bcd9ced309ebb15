import { z } from 'zod';
import { HostId, IsoDate, IsoDateTime } from './primitives.js';

/**
 * An action ("åtgärd"): work performed on a date by a technician, optionally on one of
 * the order's service objects.
 */
export const Action = z.object({
  id: HostId.optional(),
  date: IsoDate,
  /** The technician (a user id). */
  userId: HostId.optional(),
  description: z.string(),
  hours: z.number().finite().min(0).optional(),
  serviceObjectId: HostId.optional(),
});
export type Action = z.infer<typeof Action>;

/** An article row on a host order. */
export const ArticleRow = z.object({
  id: HostId.optional(),
  articleNumber: z.string().min(1),
  /** The row text; the article's description when absent. */
  description: z.string().optional(),
  quantity: z.number().finite(),
  /** The host's price per unit, excluding VAT; `null`/absent = the article's price. */
  unitPrice: z.number().finite().nullish(),
  unit: z.string().optional(),
  date: IsoDate.optional(),
  /** The user who added the row. */
  userId: HostId.optional(),
  serviceObjectId: HostId.optional(),
  /** Overrides the article's "hidden" flag for this row when set. */
  hidden: z.boolean().optional(),
});
export type ArticleRow = z.infer<typeof ArticleRow>;

/** A comment on an order (internal; goes to Fortnox `Comments` with setting 27). */
export const OrderComment = z.object({
  text: z.string(),
  author: z.string().optional(),
  createdAt: IsoDateTime.optional(),
});
export type OrderComment = z.infer<typeof OrderComment>;

/** Which Fortnox document an order was sent as. */
export const FortnoxTarget = z.enum(['order', 'invoice']);
export type FortnoxTarget = z.infer<typeof FortnoxTarget>;

/** The Fortnox document a host order was sent as ("integrationsreferens"). */
export const IntegrationReference = z.object({
  target: FortnoxTarget,
  /** Fortnox `DocumentNumber`. */
  documentNumber: z.string().min(1),
});
export type IntegrationReference = z.infer<typeof IntegrationReference>;
