import { z } from 'zod';
import type { FortnoxRequester } from '../../client/request.js';
import { fortnoxCode, fortnoxText } from '../documents/fields.js';
import {
  IdString,
  OptionalBoolean,
  OptionalFortnoxNumber,
  OptionalText,
} from '../schemas/primitives.js';
import { codeReference, whitelistedText } from '../schemas/write-fields.js';
import { createCrudOperations } from './resource-helpers.js';

/**
 * An article as Fortnox returns it. `SalesPrice` (the default price list's price) and
 * the stock figures are read-only; numbers may arrive as strings or `API_NORIGHT`.
 */
export const FortnoxArticle = z.object({
  '@url': OptionalText,
  ArticleNumber: IdString,
  Description: OptionalText,
  Unit: OptionalText,
  Type: OptionalText,
  VAT: OptionalFortnoxNumber,
  SalesPrice: OptionalFortnoxNumber,
  PurchasePrice: OptionalFortnoxNumber,
  Active: OptionalBoolean,
  EAN: OptionalText,
  Note: OptionalText,
  Manufacturer: OptionalText,
  ManufacturerArticleNumber: OptionalText,
  StockGoods: OptionalBoolean,
  QuantityInStock: OptionalFortnoxNumber,
  ReservedQuantity: OptionalFortnoxNumber,
  DisposableQuantity: OptionalFortnoxNumber,
  StockValue: OptionalFortnoxNumber,
  SalesAccount: OptionalFortnoxNumber,
  PurchaseAccount: OptionalFortnoxNumber,
  EUAccount: OptionalFortnoxNumber,
  ExportAccount: OptionalFortnoxNumber,
  Housework: OptionalBoolean,
  HouseworkType: OptionalText,
  Expired: OptionalBoolean,
  WebshopArticle: OptionalBoolean,
  SupplierName: OptionalText,
});
/** An article read from Fortnox. */
export type FortnoxArticle = z.infer<typeof FortnoxArticle>;

/** The writable article fields (`Description` required on create; no `SalesPrice`). */
export const FortnoxArticleWrite = z.object({
  ArticleNumber: fortnoxCode('articleNumber').optional(),
  Description: fortnoxText('articleDescription'),
  Unit: codeReference('unitCode').optional(),
  Type: z.enum(['STOCK', 'SERVICE']).optional(),
  VAT: z.number().finite().optional(),
  PurchasePrice: z.number().finite().optional(),
  Active: z.boolean().optional(),
  EAN: fortnoxText('ean').optional(),
  Note: whitelistedText(10000).optional(),
  Manufacturer: whitelistedText(50).optional(),
  ManufacturerArticleNumber: whitelistedText(50).optional(),
  StockGoods: z.boolean().optional(),
  SalesAccount: z.number().int().optional(),
  PurchaseAccount: z.number().int().optional(),
  EUAccount: z.number().int().optional(),
  ExportAccount: z.number().int().optional(),
  Housework: z.boolean().optional(),
  HouseworkType: whitelistedText(30).optional(),
  Expired: z.boolean().optional(),
  WebshopArticle: z.boolean().optional(),
});
/** What `articles.create` takes. */
export type FortnoxArticleWrite = z.input<typeof FortnoxArticleWrite>;

/** Filters of `articles.list`. */
export type ArticleFilter = 'active' | 'inactive';
/** Sort keys of `articles.list`. */
export type ArticleSortBy = 'articlenumber' | 'quantityinstock' | 'reservedquantity' | 'stockvalue';

/**
 * `/3/articles`: list, get, create, update, delete (scope `article`). Article numbers are
 * URL-encoded in paths and cannot change after create.
 */
export function createArticlesResource(request: FortnoxRequester) {
  const crud = createCrudOperations<
    typeof FortnoxArticle,
    typeof FortnoxArticle,
    typeof FortnoxArticleWrite,
    ArticleFilter,
    ArticleSortBy
  >(request, {
    path: 'articles',
    wrapper: 'Article',
    listKey: 'Articles',
    item: FortnoxArticle,
    full: FortnoxArticle,
    write: FortnoxArticleWrite,
  });
  return {
    ...crud,
    /** Changes only the fields given; `ArticleNumber` is immutable and never sent. */
    update: (
      id: string,
      input: Omit<Partial<FortnoxArticleWrite>, 'ArticleNumber'>,
      options?: Parameters<typeof crud.update>[2],
    ) => crud.update(id, input, options),
  };
}
/** The articles resource. */
export type ArticlesResource = ReturnType<typeof createArticlesResource>;
