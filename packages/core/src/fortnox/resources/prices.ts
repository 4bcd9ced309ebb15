import { z } from 'zod';
import { createFortnoxList, type ListParams } from '../../client/paginate.js';
import type { FortnoxRequester, RequestOptions } from '../../client/request.js';
import { parseRequestBody } from '../../client/validate.js';
import { fortnoxCode } from '../documents/fields.js';
import {
  IdString,
  OptionalFortnoxDate,
  OptionalFortnoxNumber,
  OptionalText,
} from '../schemas/primitives.js';
import { entityPath, unwrap } from './resource-helpers.js';

/** A price of an article in a price list from a quantity (`FromQuantity` 0 = base price). */
export const FortnoxPrice = z.object({
  '@url': OptionalText,
  PriceList: IdString,
  ArticleNumber: IdString,
  FromQuantity: OptionalFortnoxNumber,
  Price: OptionalFortnoxNumber,
  Percent: OptionalFortnoxNumber,
  /** Read-only. */
  Date: OptionalFortnoxDate,
});
/** A price read from Fortnox; `Price` may be `API_NORIGHT`. */
export type FortnoxPrice = z.infer<typeof FortnoxPrice>;

/** The writable fields of a price (no `Date`). */
export const FortnoxPriceWrite = z.object({
  PriceList: fortnoxCode('priceListCode'),
  ArticleNumber: fortnoxCode('articleNumber'),
  FromQuantity: z.number().min(0).optional(),
  Price: z.number().finite().optional(),
  Percent: z.number().finite().optional(),
});
/** What `prices.create` takes. */
export type FortnoxPriceWrite = z.input<typeof FortnoxPriceWrite>;

/** Identifies one price. */
export interface PriceKey {
  priceList: string;
  articleNumber: string;
  /** @default 0 */
  fromQuantity?: number;
}

const single = unwrap('Price', FortnoxPrice);
const keyPath = (key: PriceKey) =>
  entityPath('prices', key.priceList, key.articleNumber, key.fromQuantity ?? 0);

/**
 * `/3/prices` (scope `price`): list, the prices of one article in one list, get, create,
 * update (price or percent), delete. Prices are how an article's sales price is set.
 */
export function createPricesResource(request: FortnoxRequester) {
  return {
    /** Every price (`GET /3/prices`). */
    list: (params?: ListParams) =>
      createFortnoxList({ request, path: 'prices', listKey: 'Prices', item: FortnoxPrice }, params),
    /** The quantity steps of one article in one price list (`/3/prices/sublist/{list}/{article}`). */
    listForArticle: (priceList: string, articleNumber: string, params?: ListParams) =>
      createFortnoxList(
        {
          request,
          path: entityPath('prices/sublist', priceList, articleNumber),
          listKey: 'Prices',
          item: FortnoxPrice,
        },
        params,
      ),
    get: (key: PriceKey, options?: RequestOptions) =>
      request({ method: 'GET', path: keyPath(key), schema: single, ...options }),
    create: async (input: FortnoxPriceWrite, options?: RequestOptions) =>
      request({
        method: 'POST',
        path: 'prices',
        body: parseRequestBody(FortnoxPriceWrite, 'Price', input),
        schema: single,
        idempotent: false,
        ...options,
      }),
    update: (
      key: PriceKey,
      input: { Price?: number; Percent?: number },
      options?: RequestOptions,
    ) =>
      request({
        method: 'PUT',
        path: keyPath(key),
        body: parseRequestBody(
          FortnoxPriceWrite.pick({ Price: true, Percent: true }),
          'Price',
          input,
        ),
        schema: single,
        idempotent: true,
        ...options,
      }),
    delete: async (key: PriceKey, options?: RequestOptions) => {
      await request({
        method: 'DELETE',
        path: keyPath(key),
        responseType: 'none',
        idempotent: true,
        ...options,
      });
    },
  };
}
/** The prices resource. */
export type PricesResource = ReturnType<typeof createPricesResource>;
