import type { DocumentRow } from '../schemas/documents.js';
import type { DomainContext } from './context.js';

/** What Fortnox sends instead of a value the integration may not read. */
export const NO_RIGHT = 'API_NORIGHT';

/**
 * A document's contribution margin (`ContributionValue`, `ContributionPercent`): net minus
 * the articles' purchase prices. Reading it needs the `article` scope (purchase prices);
 * without it Fortnox-style `API_NORIGHT` strings stand in, even in these numeric fields.
 */
export function contribution(ctx: DomainContext, rows: readonly DocumentRow[], net: number) {
  if (ctx.scopes && !ctx.scopes.includes('article')) {
    return { ContributionPercent: NO_RIGHT, ContributionValue: NO_RIGHT };
  }
  let cost = 0;
  for (const row of rows) {
    const purchase = row.ArticleNumber
      ? (ctx.tenant.articles.get(row.ArticleNumber)?.PurchasePrice ?? 0)
      : 0;
    cost += purchase * (row.DeliveredQuantity ?? 0);
  }
  const value = Math.round((net - cost) * 100) / 100;
  const percent = net === 0 ? 0 : Math.round((value / net) * 10000) / 100;
  return { ContributionPercent: percent, ContributionValue: value };
}
