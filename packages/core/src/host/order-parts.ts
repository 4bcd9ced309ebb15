import { z } from 'zod';
import { HostId, IsoDate, IsoDateTime } from './primitives.js';

/** The largest quantity (either sign) one article row may have. */
export const MAX_ROW_QUANTITY = 1_000_000;
/** The largest unit price (either sign), in the document's currency. */
export const MAX_UNIT_PRICE = 1_000_000_000;
/** The most hours one action may have. */
export const MAX_ACTION_HOURS = 10_000;

const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;

/**
 * A finite number within ±`max`, given as a number or as decimal text (`"3"`, `"2.50"`,
 * what a PostgreSQL `numeric` column gives): the host's text is read, never dropped
 * (decisions/096).
 */
function boundedDecimal(max: number) {
  return z
    .union([z.number(), z.string().regex(DECIMAL_TEXT).transform(Number)])
    .pipe(z.number().finite().min(-max).max(max));
}

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
  hours: z.number().finite().min(0).max(MAX_ACTION_HOURS).optional(),
  serviceObjectId: HostId.optional(),
});
export type Action = z.infer<typeof Action>;

/** An article row on a host order. */
export const ArticleRow = z.object({
  id: HostId.optional(),
  articleNumber: z.string().min(1),
  /** The row text; the article's description when absent. */
  description: z.string().optional(),
  /** Required; a number or decimal text within ±{@link MAX_ROW_QUANTITY}. */
  quantity: boundedDecimal(MAX_ROW_QUANTITY),
  /** The host's price per unit, excluding VAT; `null`/absent = the article's price. */
  unitPrice: boundedDecimal(MAX_UNIT_PRICE).nullish(),
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
