import { defineFieldTable } from './define-field-table.js';

/** `/3/prices`: Price fields as Fortnox documents them (sources: docs/fortnox-field-table.md). */
export const priceFields = defineFieldTable({
  resource: 'prices',
  wrapper: 'Price',
  listKey: 'Prices',
  fields: {
    '@url': ['string', 'r'],
    ArticleNumber: ['string', 'w'],
    Date: ['date', 'r'],
    FromQuantity: ['number', 'w'],
    Percent: ['number', 'w'],
    Price: ['number', 'w'],
    PriceList: ['string', 'w'],
  },
  listItem: {
    '@url': 'string',
    ArticleNumber: 'string',
    FromQuantity: 'number',
    PriceList: 'string',
    Price: 'number',
  },
});
