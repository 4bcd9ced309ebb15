import { describe, expect, it } from 'vitest';
import { Article } from '../host/index.js';
import { articleToFortnox } from './article-to-fortnox.js';

const article = Article.parse({
  id: 'a1',
  articleNumber: 'ARB',
  description: ' Arbetstimme ',
  unit: 'h',
  price: 650,
  purchasePrice: 300,
  vat: 25,
  type: 'service',
});

describe('articleToFortnox', () => {
  it('carries the article number in a create and not in an update, and never a price', () => {
    const update = {
      Description: 'Arbetstimme',
      Unit: 'h',
      Type: 'SERVICE',
      VAT: 25,
      PurchasePrice: 300,
      Active: true,
    };
    expect(articleToFortnox(article, { mode: 'create' })).toEqual({
      ArticleNumber: 'ARB',
      ...update,
    });
    expect(articleToFortnox(article, { mode: 'update' })).toEqual(update);
  });

  it('leaves an empty unit, VAT and purchase price out and describes the article by its number when its description is blank', () => {
    const bare = Article.parse({ id: 'a2', articleNumber: 'X-1', description: ' ', unit: '' });
    expect(articleToFortnox(bare, { mode: 'update' })).toEqual({
      Description: 'X-1',
      Type: 'STOCK',
      Active: true,
    });
  });

  it('writes an empty description when all of it is characters Fortnox refuses, for the validation to refuse', () => {
    const unreadable = Article.parse({
      id: 'a3',
      articleNumber: 'X-2',
      description: '\u0007\u0008',
    });
    expect(articleToFortnox(unreadable, { mode: 'create' }).Description).toBe('');
  });
});
