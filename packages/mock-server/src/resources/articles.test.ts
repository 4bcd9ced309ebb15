import { describe, expect, it } from 'vitest';
import { errorCode, useEmulator } from '../test-support.js';

const f = useEmulator();

describe('/3/articles', () => {
  it('lists slim items with some numbers as strings, as Fortnox does', async () => {
    const body = await (await f.api('/3/articles?limit=1')).json();
    const item = body.Articles[0];
    expect(typeof item.SalesPrice).toBe('string');
    expect(typeof item.PurchasePrice).toBe('string');
    expect(item).not.toHaveProperty('SalesAccount');
  });

  it('derives SalesPrice from the default price list', async () => {
    const price = f.emulator.db.tenant(f.tenantId).prices.get('A\u00001\u00000')?.Price;
    const body = await (await f.api('/3/articles/1')).json();
    expect(body.Article.SalesPrice).toBe(price);
  });

  it('rejects SalesPrice on PUT with 2001399 (it is read-only)', async () => {
    const res = await f.api('/3/articles/1', {
      method: 'PUT',
      json: { Article: { SalesPrice: 10 } },
    });
    expect(res.status).toBe(400);
    expect(await errorCode(res)).toBe(2001399);
  });

  it('keeps the article number immutable', async () => {
    const res = await f.api('/3/articles/1', {
      method: 'PUT',
      json: { Article: { ArticleNumber: '99' } },
    });
    expect(res.status).toBe(400);
  });

  it('rejects an unknown unit code', async () => {
    const res = await f.api('/3/articles', {
      method: 'POST',
      json: { Article: { Description: 'Ny', Unit: 'fat' } },
    });
    expect(res.status).toBe(400);
    expect(await errorCode(res)).toBe(2000729);
  });

  it('rejects an article number with characters outside the identifier set (2000106)', async () => {
    const res = await f.api('/3/articles', {
      method: 'POST',
      json: { Article: { ArticleNumber: 'A B', Description: 'Ny' } },
    });
    expect(await errorCode(res)).toBe(2000106);
  });

  it('rejects a description longer than 200 characters', async () => {
    const res = await f.api('/3/articles', {
      method: 'POST',
      json: { Article: { Description: 'x'.repeat(201) } },
    });
    expect(res.status).toBe(400);
  });

  it('rejects a string where a number belongs with 2000108', async () => {
    const res = await f.api('/3/articles/1', {
      method: 'PUT',
      json: { Article: { PurchasePrice: 'tio' } },
    });
    expect(await errorCode(res)).toBe(2000108);
  });

  it('answers 404 with code 2001302 for a missing article', async () => {
    const res = await f.api('/3/articles/nope');
    expect(res.status).toBe(404);
    expect(await errorCode(res)).toBe(2001302);
  });

  it('finds articles by a description substring, case-insensitively', async () => {
    const first = (await (await f.api('/3/articles/1')).json()).Article.Description as string;
    const needle = first.slice(1, 5).toUpperCase();
    const body = await (
      await f.api(`/3/articles?description=${encodeURIComponent(needle)}`)
    ).json();
    expect(body.Articles.map((a: { ArticleNumber: string }) => a.ArticleNumber)).toContain('1');
  });

  it('accepts a slash in an article number when it is URL-encoded in the path', async () => {
    const res = await f.api('/3/articles', {
      method: 'POST',
      json: { Article: { ArticleNumber: 'RÖR/15', Description: 'Kopparrör 15 mm' } },
    });
    expect(res.status).toBe(201);
    const body = await (await f.api(`/3/articles/${encodeURIComponent('RÖR/15')}`)).json();
    expect(body.Article['@url']).toBe('https://api.fortnox.se/3/articles/R%C3%96R%2F15');
  });
});
