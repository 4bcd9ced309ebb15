import type { FortnoxArticle } from '../fortnox/resources/articles.js';
import { isNoRight } from '../fortnox/schemas/primitives.js';
import type { Article } from '../host/index.js';
import { fingerprint } from './fingerprint.js';

/**
 * "No price": absent, `null`, `0` or Fortnox's `API_NORIGHT`. Fortnox reports an article
 * without a price as `SalesPrice: 0`, which is why 0 counts as empty (decisions/042).
 */
export function isEmptyPrice(price: unknown): boolean {
  return price === undefined || price === null || price === 0 || price === '' || isNoRight(price);
}

/** A Fortnox number as a number, or undefined for empty / `API_NORIGHT`. */
export function fortnoxNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (
    typeof value === 'string' &&
    value !== '' &&
    !isNoRight(value) &&
    Number.isFinite(Number(value))
  ) {
    return Number(value);
  }
  return undefined;
}

/** Fingerprint of the Fortnox article fields present in list items and full records. */
export function fortnoxArticleHash(a: FortnoxArticle): string {
  const fields = fingerprint([
    a.Description,
    a.Unit,
    fortnoxNumber(a.VAT),
    fortnoxNumber(a.PurchasePrice),
  ]);
  return withFortnoxPrice(fields, a.SalesPrice);
}

/**
 * A Fortnox article fingerprint (`fields|price`) with its price half replaced: after the
 * sync sets a price through /3/prices, the article's echo in the next delta is recognised
 * without reading it.
 */
export function withFortnoxPrice(hash: string | null, price: unknown): string {
  const fields = (hash ?? '').split('|')[0] ?? '';
  return `${fields}|${fingerprint([fortnoxNumber(price)])}`;
}

/** Fingerprint of a host article: `fields|price`, so a price-only change costs one request. */
export function hostArticleHash(a: Article): string {
  return `${fingerprint([a.articleNumber, a.description, a.unit, a.vat, a.purchasePrice, a.type, a.active])}|${fingerprint([a.price])}`;
}

/** The two halves of {@link hostArticleHash}. */
export function splitArticleHash(hash: string | null): {
  fields: string | null;
  price: string | null;
} {
  const [fields, price] = (hash ?? '').split('|');
  return { fields: fields || null, price: price || null };
}

/** What happens to the host price when a Fortnox article is written to the host. */
export type PriceDecision =
  | { kind: 'take'; price: number }
  | { kind: 'keep'; reason: 'price-sync-off' | 'no-price-article' | 'empty-fortnox-price' };

/**
 * Settings 23 and 46 and the data-loss guard: the host takes Fortnox's price only when
 * price sync is on, the article is not a "no price" article, and Fortnox has a price (a set
 * host price is never replaced by an empty one).
 */
export function decidePriceFromFortnox(
  fortnox: FortnoxArticle,
  options: { syncPrices: boolean; noPriceArticle: boolean },
): PriceDecision {
  if (!options.syncPrices) return { kind: 'keep', reason: 'price-sync-off' };
  if (options.noPriceArticle) return { kind: 'keep', reason: 'no-price-article' };
  const price = fortnoxNumber(fortnox.SalesPrice);
  if (price === undefined || isEmptyPrice(price))
    return { kind: 'keep', reason: 'empty-fortnox-price' };
  return { kind: 'take', price };
}
