import type { DomainContext } from '../domain/context.js';
import { badRequest, FORTNOX_CODES, notFound } from '../http/fortnox-error.js';
import { listRecords } from '../http/list.js';
import { presentListItem, presentRecord } from '../http/present.js';
import { jsonResponse, noContent } from '../http/responses.js';
import { type ApiContext, type Route, route } from '../http/route.js';
import { parseWrapped, readJson, requireFields } from '../http/validate.js';
import { type PriceRecord, PriceWrite, priceKey } from '../schemas/code-registers.js';
import { priceFields } from '../schemas/field-table/index.js';
import { defaultPriceList } from '../store/tenant.js';
import { stockholmDate } from '../time.js';
import { getArticle, touchArticle } from './articles.js';

function priceFull(ctx: DomainContext, p: PriceRecord) {
  const path = [p.PriceList, p.ArticleNumber, String(p.FromQuantity)]
    .map(encodeURIComponent)
    .join('/');
  return presentRecord(priceFields, { '@url': `${ctx.apiBaseUrl}/3/prices/${path}`, ...p });
}

/** Finds a price or throws 404. */
export function getPrice(
  ctx: DomainContext,
  list: string,
  article: string,
  from: number,
): PriceRecord {
  const found = ctx.tenant.prices.get(priceKey(list, article, from));
  if (!found) throw notFound(`Kunde inte hitta pris: ${list}/${article}/${from}`);
  return found;
}

// A change to the default list's base price changes the article's SalesPrice.
function afterChange(ctx: DomainContext, price: PriceRecord): void {
  if (price.PriceList === defaultPriceList(ctx.tenant) && price.FromQuantity === 0) {
    touchArticle(ctx, price.ArticleNumber);
  }
}

/** Creates or replaces a price (what the API's POST and a user's edit do). */
export function setPrice(
  ctx: DomainContext,
  input: {
    PriceList: string;
    ArticleNumber: string;
    FromQuantity?: number;
    Price: number;
    Percent?: number;
  },
  mustBeNew: boolean,
): PriceRecord {
  if (!ctx.tenant.priceLists.has(input.PriceList)) {
    throw badRequest(
      FORTNOX_CODES.noValidIdentifier,
      `Prislistan ${input.PriceList} hittades inte.`,
    );
  }
  if (!ctx.tenant.articles.has(input.ArticleNumber)) {
    throw badRequest(
      FORTNOX_CODES.articleNotFound,
      `Kunde inte hitta artikel: ${input.ArticleNumber}`,
    );
  }
  const from = input.FromQuantity ?? 0;
  const key = priceKey(input.PriceList, input.ArticleNumber, from);
  if (mustBeNew && ctx.tenant.prices.has(key)) {
    throw badRequest(FORTNOX_CODES.emptyOrIncorrectBody, 'Priset finns redan.');
  }
  const price: PriceRecord = {
    PriceList: input.PriceList,
    ArticleNumber: input.ArticleNumber,
    FromQuantity: from,
    Price: input.Price,
    Percent: input.Percent ?? 0,
    Date: stockholmDate(ctx.now),
  };
  ctx.tenant.prices.set(key, price, ctx.now);
  afterChange(ctx, price);
  return price;
}

/** The prices of one article in one list, lowest `FromQuantity` first. */
function pricesOf(ctx: DomainContext, list: string, article: string): PriceRecord[] {
  return [...ctx.tenant.prices.values()]
    .filter((p) => p.PriceList === list && p.ArticleNumber === article)
    .sort((a, b) => a.FromQuantity - b.FromQuantity);
}

// Without a quantity, `/3/prices/{list}/{article}` is "the first price" of the article in
// that list (Fortnox's schema: getFirstPrice, updatePricesResource1): the lowest FromQuantity.
function priceAt(ctx: ApiContext): PriceRecord {
  const [list, article, from] = ctx.params as [string, string, string?];
  if (from === undefined) {
    const first = pricesOf(ctx, list, article)[0];
    if (!first) throw notFound(`Kunde inte hitta pris: ${list}/${article}`);
    return first;
  }
  if (!/^\d+(\.\d+)?$/.test(from))
    throw badRequest(FORTNOX_CODES.notNumeric, 'FromQuantity måste vara numeriskt.');
  return getPrice(ctx, list, article, Number(from));
}

function getOne(ctx: ApiContext) {
  return jsonResponse({ Price: priceFull(ctx, priceAt(ctx)) });
}

// PUT changes Price and Percent; the key fields name the price and cannot change.
async function updateOne(ctx: ApiContext) {
  const current = priceAt(ctx);
  const write = parseWrapped(await readJson(ctx.request), 'Price', PriceWrite);
  for (const key of ['PriceList', 'ArticleNumber', 'FromQuantity'] as const) {
    if (write[key] !== undefined && write[key] !== current[key]) {
      throw badRequest(FORTNOX_CODES.invalidFieldName, `Fältet ${key} kan inte ändras.`);
    }
  }
  const price = setPrice(ctx, { ...current, ...write }, false);
  return jsonResponse({ Price: priceFull(ctx, price) });
}

/** `/3/prices` (scope `price`). */
export const priceRoutes: Route[] = [
  route('GET', '/3/prices', 'price', (ctx) =>
    jsonResponse(
      listRecords(
        ctx.tenant.prices,
        { collection: 'Prices', item: (p) => presentListItem(priceFields, priceFull(ctx, p)) },
        ctx.url.searchParams,
      ),
    ),
  ),
  route('GET', '/3/prices/sublist/:list/:article', 'price', (ctx) => {
    const [list, article] = ctx.params as [string, string];
    getArticle(ctx, article);
    return jsonResponse({
      Prices: pricesOf(ctx, list, article).map((p) =>
        presentListItem(priceFields, priceFull(ctx, p)),
      ),
    });
  }),
  route('GET', '/3/prices/:list/:article/:from', 'price', getOne),
  route('GET', '/3/prices/:list/:article', 'price', getOne),
  route('POST', '/3/prices', 'price', async (ctx) => {
    const write = parseWrapped(await readJson(ctx.request), 'Price', PriceWrite);
    requireFields(write, ['PriceList', 'ArticleNumber', 'Price']);
    const price = setPrice(ctx, write as Parameters<typeof setPrice>[1], true);
    return jsonResponse({ Price: priceFull(ctx, price) }, 201);
  }),
  route('PUT', '/3/prices/:list/:article/:from', 'price', updateOne),
  route('PUT', '/3/prices/:list/:article', 'price', updateOne),
  route('DELETE', '/3/prices/:list/:article/:from', 'price', (ctx) => {
    const price = priceAt(ctx);
    ctx.tenant.prices.delete(priceKey(price.PriceList, price.ArticleNumber, price.FromQuantity));
    afterChange(ctx, price);
    return noContent();
  }),
];
