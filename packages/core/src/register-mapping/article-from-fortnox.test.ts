import { describe, expect, it } from 'vitest';
import { FortnoxArticle } from '../fortnox/resources/articles.js';
import { Article } from '../host/index.js';
import { articleFromFortnox } from './article-from-fortnox.js';

const fortnox = FortnoxArticle.parse({
  ArticleNumber: 'TJ-1',
  Description: 'Konsulttimme',
  Type: 'SERVICE',
  VAT: '12',
  PurchasePrice: 400,
  SalesPrice: 900,
  Active: false,
});
const existing = Article.parse({
  id: 'a1',
  articleNumber: 'TJ-1',
  description: 'Gammal',
  price: 850,
  hidden: true,
});

describe('articleFromFortnox', () => {
  it('maps description, VAT, type, purchase price and Active, and takes the price when told to', () => {
    expect(articleFromFortnox(fortnox, undefined, { kind: 'take', price: 900 })).toEqual({
      articleNumber: 'TJ-1',
      description: 'Konsulttimme',
      unit: undefined,
      price: 900,
      purchasePrice: 400,
      vat: 12,
      type: 'service',
      active: false,
    });
  });

  it("keeps the host article's id, hidden flag and price when the decision is to keep it", () => {
    const kept = articleFromFortnox(fortnox, existing, { kind: 'keep', reason: 'price-sync-off' });
    expect(kept).toMatchObject({ id: 'a1', hidden: true, price: 850, description: 'Konsulttimme' });
  });
});
