import { z } from 'zod';
import { documentedWrite } from './documented-write.js';
import { articleFields } from './field-table/index.js';
import { fxIdentifier, fxNumber, fxText } from './fields.js';

/** Writable article fields. `SalesPrice` is read-only (set prices via /3/prices): 2001399. */
export const ArticleWrite = documentedWrite(articleFields.fields, {
  ArticleNumber: fxIdentifier('articleNumber'),
  Description: fxText('articleDescription'),
  Unit: fxText('unitCode'),
  Type: z.enum(['STOCK', 'SERVICE']),
  VAT: fxNumber,
  PurchasePrice: fxNumber,
  Active: z.boolean(),
  EAN: fxText('ean'),
  Note: fxText(10000),
  Manufacturer: fxText(50),
  ManufacturerArticleNumber: fxText(50),
  StockGoods: z.boolean(),
  SalesAccount: fxNumber,
  PurchaseAccount: fxNumber,
  EUAccount: fxNumber,
  ExportAccount: fxNumber,
  Housework: z.boolean(),
  HouseworkType: fxText(30),
  Expired: z.boolean(),
  WebshopArticle: z.boolean(),
  QuantityInStock: fxNumber,
});
export type ArticleWrite = z.infer<typeof ArticleWrite>;

/** A stored article; `QuantityInStock` is kept by the emulator, not written by clients. */
export const ArticleRecord = ArticleWrite.required({
  ArticleNumber: true,
  Description: true,
}).extend({
  QuantityInStock: z.number().optional(),
});
export type ArticleRecord = z.infer<typeof ArticleRecord>;

/** Values of unset fields in a full article GET. */
export const ARTICLE_DEFAULTS = {
  Active: true,
  EAN: '',
  EUAccount: 3108,
  ExportAccount: 3105,
  Expired: false,
  Housework: false,
  HouseworkType: null,
  Manufacturer: null,
  ManufacturerArticleNumber: '',
  Note: '',
  PurchaseAccount: 4000,
  PurchasePrice: 0,
  QuantityInStock: 0,
  SalesAccount: 3001,
  StockGoods: false,
  Type: 'STOCK',
  Unit: null,
  VAT: 25,
  WebshopArticle: false,
} as const;
