import { z } from 'zod';
import { HostId, IsoDateTime } from './primitives.js';

/** Stock goods or a service (Fortnox `STOCK` / `SERVICE`). */
export const ArticleType = z.enum(['stock', 'service']);
export type ArticleType = z.infer<typeof ArticleType>;

/**
 * An article in the host's article register (SPEC §8).
 *
 * @example Article.parse({ id: 'a1', articleNumber: '12', description: 'Filter', price: 149 })
 */
export const Article = z.object({
  id: HostId,
  /** The article number, shared with Fortnox (`ArticleNumber`). */
  articleNumber: z.string().min(1),
  description: z.string(),
  /** Unit code, e.g. `st`, `h`. */
  unit: z.string().optional(),
  /** Sales price excluding VAT; `null` = no price set. */
  price: z.number().finite().nullish(),
  purchasePrice: z.number().finite().nullish(),
  /** VAT in percent (25, 12, 6, 0). */
  vat: z.number().finite().min(0).optional(),
  type: ArticleType.default('stock'),
  /** Inactive articles are not synced. */
  active: z.boolean().default(true),
  /** "Dölj för inloggad kund och vid utskrift": hidden for logged-in customers and on print. */
  hidden: z.boolean().default(false),
  updatedAt: IsoDateTime.optional(),
});
export type Article = z.infer<typeof Article>;
/** What a host passes to `Article.parse` (defaults not yet applied). */
export type ArticleInput = z.input<typeof Article>;
