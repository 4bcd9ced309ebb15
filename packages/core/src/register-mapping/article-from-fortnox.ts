import type { FortnoxArticle } from '../fortnox/resources/articles.js';
import type { Article, ArticleInput } from '../host/index.js';
import type { HostUpsert } from '../host-registers/host-registers.js';
import { fortnoxNumber, type PriceDecision } from '../sync/article-fields.js';

/**
 * The one Fortnox → host article mapping, for the sync's pull and the order import
 * (decisions/143): description, unit, VAT, purchase price, type and `Active` from Fortnox;
 * host-only fields (id, hidden) kept; the price taken or kept as `price` decides (settings
 * 23 and 46, `decidePriceFromFortnox`).
 *
 * @example articleFromFortnox(fortnoxArticle, undefined, { kind: 'take', price: 149 })
 */
export function articleFromFortnox(
  fortnox: FortnoxArticle,
  existing: Article | undefined,
  price: PriceDecision,
): HostUpsert<ArticleInput> {
  const vat = fortnoxNumber(fortnox.VAT);
  const purchasePrice = fortnoxNumber(fortnox.PurchasePrice);
  return {
    ...(existing ? { id: existing.id, hidden: existing.hidden } : {}),
    articleNumber: fortnox.ArticleNumber,
    description: fortnox.Description ?? existing?.description ?? '',
    unit: fortnox.Unit || undefined,
    price: price.kind === 'take' ? price.price : (existing?.price ?? null),
    purchasePrice: purchasePrice ?? existing?.purchasePrice ?? null,
    ...(vat !== undefined ? { vat } : existing?.vat !== undefined ? { vat: existing.vat } : {}),
    type:
      fortnox.Type === 'SERVICE'
        ? 'service'
        : fortnox.Type === 'STOCK'
          ? 'stock'
          : (existing?.type ?? 'stock'),
    active: fortnox.Active ?? true,
  };
}
