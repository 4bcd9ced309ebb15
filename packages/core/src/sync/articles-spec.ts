import type { FortnoxArticle } from '../fortnox/resources/articles.js';
import type { Article, ArticleInput } from '../host/index.js';
import type { HostArticleRegister } from '../host-registers/host-registers.js';
import { articleFromFortnox } from '../register-mapping/article-from-fortnox.js';
import { articleToFortnox } from '../register-mapping/article-to-fortnox.js';
import {
  decidePriceFromFortnox,
  fortnoxArticleHash,
  fortnoxNumber,
  hostArticleHash,
  isEmptyPrice,
  splitArticleHash,
  withFortnoxPrice,
} from './article-fields.js';
import type { FortnoxSyncApi } from './fortnox-sync-api.js';
import type { RegisterSpec } from './register-spec.js';
import type { SyncSettings } from './sync-settings.js';

/**
 * Article rules (SPEC §4, settings 22, 23, 28, 46): inactive articles are not synced; new
 * articles flow both ways (to Fortnox not with 28); with 22 a change on either side updates
 * the other; with 23 prices flow both ways through /3/prices, except for the 46 articles,
 * and a set price is never replaced by an empty one. Matching: link, then article number.
 */
export function createArticlesSpec(
  api: FortnoxSyncApi,
  host: HostArticleRegister,
  settings: SyncSettings,
): RegisterSpec<Article, ArticleInput, FortnoxArticle> {
  const noPrice = new Set(settings.noPriceArticleNumbers);
  const sendsPrice = (a: Article) =>
    settings.syncPrices && !noPrice.has(a.articleNumber) && !isEmptyPrice(a.price);
  return {
    register: 'articles',
    host,
    numberOf: (a) => a.ArticleNumber,
    hostNumber: (a) => a.articleNumber,
    label: (r) => ('description' in r ? r.description : (r.Description ?? null)),
    fortnoxHash: fortnoxArticleHash,
    hostHash: hostArticleHash,
    skipFortnox: (a) => (a.Active === false ? 'inactive' : undefined),
    skipHost: (a) => (a.active ? undefined : 'inactive'),
    // List items carry description, unit, VAT and prices, not always Type; the list is
    // filtered to active articles, so Active is known.
    needsDetail: (a) => a.Type === undefined,
    get: (number, signal) => api.articles.get(number, signal),
    async matchHost(fortnox) {
      const found = await host.findByNumber(fortnox.ArticleNumber);
      return found ? { kind: 'found', record: found, by: 'number' } : { kind: 'none' };
    },
    async matchFortnox(article, signal) {
      const found = await api.articles.get(article.articleNumber, signal);
      return found ? { kind: 'found', record: found, by: 'number' } : { kind: 'none' };
    },
    toHost(fortnox, existing, overwrite) {
      const price = decidePriceFromFortnox(fortnox, {
        syncPrices: settings.syncPrices,
        noPriceArticle: noPrice.has(fortnox.ArticleNumber),
      });
      const guarded =
        price.kind === 'keep' &&
        price.reason === 'empty-fortnox-price' &&
        !isEmptyPrice(existing?.price)
          ? 'price kept: Fortnox has no price (a set price is never replaced by an empty one)'
          : undefined;
      if (!existing || overwrite) {
        return {
          record: articleFromFortnox(fortnox, existing, price),
          ...(guarded ? { note: guarded, linkHostHash: pendingPrice } : {}),
        };
      }
      // Field updates are off (22), but price sync (23) may still move the price.
      if (price.kind === 'take' && price.price !== existing.price) {
        return { record: { ...existing, price: price.price } };
      }
      // The host keeps its price and, with 23, sends it to fill Fortnox's empty one.
      return guarded ? { note: guarded, linkHostHash: pendingPrice } : undefined;
    },
    pullUpdates: settings.syncUpdatedArticles,
    pushUpdates: settings.syncUpdatedArticles || settings.syncPrices,
    push: !settings.disableArticleCreation,
    deletesToFortnox: settings.syncUpdatedArticles && !settings.disableArticleCreation,
    deletesToHost: settings.syncUpdatedArticles,
    remove: (number, signal) => api.articles.remove(number, signal),
    deactivate: async (number, signal) =>
      void (await api.articles.update(number, { Active: false }, signal)),
    async pushChanges(change) {
      const { host: article, fortnoxNumber: number, previousHostHash, current, signal } = change;
      const before = splitArticleHash(previousHostHash);
      const now = splitArticleHash(hostArticleHash(article));
      let requests = 0;
      let fortnox = current;
      if (settings.syncUpdatedArticles && now.fields !== before.fields) {
        fortnox = await api.articles.update(
          number,
          articleToFortnox(article, { mode: 'update' }),
          signal,
        );
        requests++;
      }
      const fortnoxPrice = fortnox ? fortnoxNumber(fortnox.SalesPrice) : undefined;
      if (sendsPrice(article) && now.price !== before.price && article.price !== fortnoxPrice) {
        // Unknown Fortnox state: try PUT first, POST when the price row is missing.
        const exists = fortnox ? !isEmptyPrice(fortnoxPrice) : true;
        await api.prices.set(number, article.price as number, exists, signal);
        requests++;
        if (fortnox) fortnox = { ...fortnox, SalesPrice: article.price as number };
      }
      if (requests === 0) return { fortnoxHash: undefined, requests };
      return {
        fortnoxHash: fortnox
          ? fortnoxArticleHash(fortnox)
          : withFortnoxPrice(change.previousFortnoxHash, article.price),
        requests,
      };
    },
    async create(article, signal) {
      const created = await api.articles.create(
        articleToFortnox(article, { mode: 'create' }),
        signal,
      );
      if (!sendsPrice(article)) return created;
      await api.prices.set(article.articleNumber, article.price as number, false, signal);
      return { ...created, SalesPrice: article.price as number };
    },
    withNumber: () => undefined,
  };
}

/** A link fingerprint whose price half never matches: the next push sends the host price. */
function pendingPrice(written: { id: string }): string {
  return `${splitArticleHash(hostArticleHash(written as Article)).fields}|pending`;
}
