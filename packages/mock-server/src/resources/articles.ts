import { type DomainContext, resourceUrl } from '../domain/context.js';
import { assertArticleDeletable } from '../domain/in-use.js';
import { checkReferences } from '../domain/references.js';
import { badRequest, FORTNOX_CODES, notFound } from '../http/fortnox-error.js';
import { type ListSpec, listRecords } from '../http/list.js';
import { presentListItem, presentRecord } from '../http/present.js';
import { jsonResponse, noContent } from '../http/responses.js';
import { type Route, route } from '../http/route.js';
import { parseWrapped, readJson, requireFields } from '../http/validate.js';
import { ARTICLE_DEFAULTS, type ArticleRecord, ArticleWrite } from '../schemas/article.js';
import { priceKey } from '../schemas/code-registers.js';
import { articleFields } from '../schemas/field-table/index.js';
import { defaultPriceList } from '../store/tenant.js';

const VAT_RATES = new Set([25, 12, 6, 0]);

/** `SalesPrice` is read-only: the default price list's price from quantity 0. */
export function salesPrice(ctx: DomainContext, articleNumber: string): number {
  const key = priceKey(defaultPriceList(ctx.tenant), articleNumber, 0);
  return ctx.tenant.prices.get(key)?.Price ?? 0;
}

/** The full article as `GET /3/articles/{n}` returns it. */
export function articleFull(ctx: DomainContext, record: ArticleRecord) {
  const full = { ...ARTICLE_DEFAULTS, ...record };
  return presentRecord(articleFields, {
    '@url': resourceUrl(ctx, 'articles', record.ArticleNumber),
    ...full,
    SalesPrice: salesPrice(ctx, record.ArticleNumber),
    DisposableQuantity: full.QuantityInStock,
    ReservedQuantity: 0,
    StockValue: Math.round(full.QuantityInStock * full.PurchasePrice * 100) / 100,
    StockPlace: full.StockPlace ?? null,
    SupplierName: null,
  });
}

// List items are slim and carry some numbers as decimal strings (the field table says which).
function articleItem(ctx: DomainContext, r: ArticleRecord) {
  return presentListItem(articleFields, articleFull(ctx, r));
}

/** Finds an article or throws Fortnox's 404. */
export function getArticle(ctx: DomainContext, number: string): ArticleRecord {
  const found = ctx.tenant.articles.get(number);
  if (!found) throw notFound(`Kunde inte hitta artikel: ${number}`, FORTNOX_CODES.articleNotFound);
  return found;
}

function checkArticle(ctx: DomainContext, write: ArticleWrite): void {
  if (write.VAT !== undefined && !VAT_RATES.has(write.VAT)) {
    throw badRequest(FORTNOX_CODES.emptyOrIncorrectBody, `Kunde inte hitta moms ${write.VAT}.`);
  }
  checkReferences(ctx.tenant, write);
}

/** Creates an article. */
export function createArticle(ctx: DomainContext, write: ArticleWrite): ArticleRecord {
  requireFields(write, ['Description']);
  const { articles } = ctx.tenant;
  const number = write.ArticleNumber ?? articles.nextNumber();
  if (articles.has(number)) {
    throw badRequest(FORTNOX_CODES.emptyOrIncorrectBody, `Artikelnummer ${number} används redan.`);
  }
  checkArticle(ctx, write);
  const record = { ...write, ArticleNumber: number, Description: write.Description as string };
  articles.set(number, record, ctx.now);
  ctx.publish('articles', 'article-created-v1', number);
  return record;
}

/** Updates only the fields given; the article number is immutable. */
export function updateArticle(
  ctx: DomainContext,
  number: string,
  write: ArticleWrite,
): ArticleRecord {
  const current = getArticle(ctx, number);
  if (write.ArticleNumber !== undefined && write.ArticleNumber !== number) {
    throw badRequest(FORTNOX_CODES.invalidFieldName, 'Artikelnumret kan inte ändras.');
  }
  if (write.Description === '') {
    throw badRequest(FORTNOX_CODES.emptyOrIncorrectBody, 'Fältet Description är obligatoriskt.');
  }
  checkArticle(ctx, write);
  const record = { ...current, ...write, ArticleNumber: number };
  ctx.tenant.articles.set(number, record, ctx.now);
  ctx.publish('articles', 'article-updated-v1', number);
  return record;
}

/** Deletes an article that no order or invoice uses. */
export function deleteArticle(ctx: DomainContext, number: string): void {
  getArticle(ctx, number);
  assertArticleDeletable(ctx.tenant, number);
  ctx.tenant.articles.delete(number);
  ctx.publish('articles', 'article-deleted-v1', number);
}

/** Marks an article as changed (a price change bumps it; decisions/010). */
export function touchArticle(ctx: DomainContext, number: string): void {
  const current = ctx.tenant.articles.get(number);
  if (!current) return;
  ctx.tenant.articles.set(number, current, ctx.now);
  ctx.publish('articles', 'article-updated-v1', number);
}

function listSpec(ctx: DomainContext): ListSpec<ArticleRecord> {
  return {
    collection: 'Articles',
    item: (r) => articleItem(ctx, r),
    sortFields: {
      articlenumber: (r) => r.ArticleNumber,
      quantityinstock: (r) => r.QuantityInStock ?? 0,
      reservedquantity: () => 0,
      stockvalue: (r) => (r.QuantityInStock ?? 0) * (r.PurchasePrice ?? 0),
    },
    searchFields: {
      articlenumber: (r) => r.ArticleNumber,
      description: (r) => r.Description,
      ean: (r) => r.EAN,
      manufacturer: (r) => r.Manufacturer,
      suppliernumber: () => '',
      webshop: (r) => String(r.WebshopArticle ?? false),
    },
    filters: { active: (r) => r.Active !== false, inactive: (r) => r.Active === false },
    lastModified: true,
  };
}

/** `/3/articles` (scope `article`). */
export const articleRoutes: Route[] = [
  route('GET', '/3/articles', 'article', (ctx) =>
    jsonResponse(listRecords(ctx.tenant.articles, listSpec(ctx), ctx.url.searchParams)),
  ),
  route('GET', '/3/articles/:number', 'article', (ctx) =>
    jsonResponse({ Article: articleFull(ctx, getArticle(ctx, ctx.params[0] as string)) }),
  ),
  route('POST', '/3/articles', 'article', async (ctx) => {
    const write = parseWrapped(await readJson(ctx.request), 'Article', ArticleWrite);
    return jsonResponse({ Article: articleFull(ctx, createArticle(ctx, write)) }, 201);
  }),
  route('PUT', '/3/articles/:number', 'article', async (ctx) => {
    const write = parseWrapped(await readJson(ctx.request), 'Article', ArticleWrite);
    return jsonResponse({
      Article: articleFull(ctx, updateArticle(ctx, ctx.params[0] as string, write)),
    });
  }),
  route('DELETE', '/3/articles/:number', 'article', (ctx) => {
    deleteArticle(ctx, ctx.params[0] as string);
    return noContent();
  }),
];
