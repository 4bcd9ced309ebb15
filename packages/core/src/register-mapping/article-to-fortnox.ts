import type { FortnoxArticleWrite } from '../fortnox/resources/articles.js';
import type { Article } from '../host/index.js';
import { fortnoxText, type ToFortnoxOptions } from './write-mode.js';

/**
 * The one host → Fortnox article mapping, for the send's create, the sync's create and the
 * sync's update, and what the pre-send validation checks (decisions/143). No `SalesPrice`:
 * prices go through /3/prices. A create carries the `ArticleNumber` (the host's number is
 * the article's number in Fortnox); an update names it in the URL instead. The description
 * is cleaned, trimmed and cut to Fortnox's 200 characters; a blank one is the article number.
 *
 * @example articleToFortnox(article, { mode: 'create' }) // { ArticleNumber: '12', Description: 'Filter', … }
 */
export function articleToFortnox(a: Article, options: ToFortnoxOptions): FortnoxArticleWrite {
  return {
    ...(options.mode === 'create' ? { ArticleNumber: a.articleNumber } : {}),
    // A blank description is no description: the number names the article. One of only
    // characters Fortnox refuses ends up '' and is refused before the send (decisions/143).
    Description: fortnoxText(a.description.trim() ? a.description : a.articleNumber).slice(0, 200),
    // An empty unit is left out in both modes: the update does not clear Fortnox's unit.
    ...(a.unit ? { Unit: a.unit } : {}),
    Type: a.type === 'service' ? 'SERVICE' : 'STOCK',
    ...(a.vat !== undefined ? { VAT: a.vat } : {}),
    ...(a.purchasePrice !== undefined && a.purchasePrice !== null
      ? { PurchasePrice: a.purchasePrice }
      : {}),
    Active: a.active,
  };
}
