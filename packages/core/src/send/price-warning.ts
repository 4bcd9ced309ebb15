import type { FortnoxInvoiceInput, FortnoxOrderInput } from '../fortnox/documents/index.js';
import type { Article } from '../host/index.js';
import type { FortnoxGateway } from '../integration/fortnox-gateway.js';
import type { MappingWarning } from '../mapping/warnings.js';
import { HOW_PRICES_REACH_FORTNOX } from '../settings/how-prices-reach-fortnox.js';
import type { MappedDocument } from './send-deps.js';

function rowsOf(document: FortnoxOrderInput | FortnoxInvoiceInput) {
  return 'OrderRows' in document
    ? (document.OrderRows ?? [])
    : ((document as FortnoxInvoiceInput).InvoiceRows ?? []);
}

/**
 * The article numbers on rows that would come out at 0 kr: no price on the row, and no
 * price for the article in Fortnox (its `SalesPrice` on the default price list; an article
 * created by this send has none). Rows that carry a price cost no lookup.
 */
export async function articlesWithoutPrice(
  gateway: FortnoxGateway,
  document: FortnoxOrderInput | FortnoxInvoiceInput,
  newArticles: readonly Article[],
): Promise<string[]> {
  const created = new Set(newArticles.map((a) => a.articleNumber));
  const unpriced: string[] = [];
  for (const row of rowsOf(document)) {
    const number = row.ArticleNumber;
    if (!number || row.Price !== undefined || unpriced.includes(number)) continue;
    const price = created.has(number) ? undefined : (await gateway.getArticle(number))?.SalesPrice;
    if (!price) unpriced.push(number);
  }
  return unpriced;
}

/**
 * The mapped document with a `no-price` warning added when some of its rows have no price
 * anywhere (the first invoice of a new host often did: "Att betala: 0.00 SEK").
 */
export async function withPriceWarning(
  gateway: FortnoxGateway,
  mapped: MappedDocument,
  newArticles: readonly Article[],
): Promise<MappedDocument> {
  const numbers = await articlesWithoutPrice(gateway, mapped.document, newArticles);
  if (numbers.length === 0) return mapped;
  const shown = numbers.slice(0, 5).join(', ') + (numbers.length > 5 ? ' …' : '');
  const warning: MappingWarning = {
    code: 'no-price',
    field: mapped.target === 'order' ? 'OrderRows' : 'InvoiceRows',
    message: `no price on the rows nor in Fortnox for ${shown}: they are sent at 0`,
    userMessage: {
      sv: `Artikel ${shown} saknar pris både i ordern och i Fortnox, så raderna blir 0 kr. ${HOW_PRICES_REACH_FORTNOX.sv}`,
      en: `Article ${shown} has no price on the order nor in Fortnox, so its rows come out at 0. ${HOW_PRICES_REACH_FORTNOX.en}`,
    },
  };
  return { ...mapped, warnings: [...(mapped.warnings ?? []), warning] };
}
