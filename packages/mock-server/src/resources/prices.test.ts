import { describe, expect, it } from 'vitest';
import { errorCode, useEmulator } from '../test-support.js';

const f = useEmulator();

describe('/3/prices', () => {
  it('reads a price at /3/prices/{list}/{article}/{fromQuantity}', async () => {
    const res = await f.api('/3/prices/A/1/0');
    expect(res.status).toBe(200);
    expect((await res.json()).Price).toMatchObject({
      PriceList: 'A',
      ArticleNumber: '1',
      FromQuantity: 0,
    });
  });

  it('changes Article.SalesPrice when the default list price changes', async () => {
    const put = await f.api('/3/prices/A/1/0', { method: 'PUT', json: { Price: { Price: 199 } } });
    expect(put.status).toBe(200);
    expect((await (await f.api('/3/articles/1')).json()).Article.SalesPrice).toBe(199);
  });

  it('updates the base price at /3/prices/{list}/{article} without a quantity', async () => {
    const put = await f.api('/3/prices/A/1', { method: 'PUT', json: { Price: { Price: 249.5 } } });
    expect(put.status).toBe(200);
    expect((await put.json()).Price).toMatchObject({
      PriceList: 'A',
      ArticleNumber: '1',
      FromQuantity: 0,
      Price: 249.5,
    });
    expect((await (await f.api('/3/prices/A/1/0')).json()).Price.Price).toBe(249.5);
    expect((await (await f.api('/3/articles/1')).json()).Article.SalesPrice).toBe(249.5);
  });

  it('updates the lowest quantity step when the list has no base price for the article', async () => {
    await f.api('/3/prices', {
      method: 'POST',
      json: { Price: { PriceList: 'B', ArticleNumber: '4', FromQuantity: 20, Price: 8 } },
    });
    await f.api('/3/prices', {
      method: 'POST',
      json: { Price: { PriceList: 'B', ArticleNumber: '4', FromQuantity: 5, Price: 9 } },
    });
    const put = await f.api('/3/prices/B/4', { method: 'PUT', json: { Price: { Percent: 10 } } });
    expect((await put.json()).Price).toMatchObject({ FromQuantity: 5, Price: 9, Percent: 10 });
    expect((await (await f.api('/3/prices/B/4/20')).json()).Price.Percent).toBe(0);
  });

  it('answers 404 to a PUT without a quantity when the article has no price in that list', async () => {
    const put = await f.api('/3/prices/B/5', { method: 'PUT', json: { Price: { Price: 1 } } });
    expect(put.status).toBe(404);
  });

  it('refuses to move a price to another quantity through PUT (2001399)', async () => {
    const put = await f.api('/3/prices/A/1', {
      method: 'PUT',
      json: { Price: { FromQuantity: 3, Price: 1 } },
    });
    expect(put.status).toBe(400);
    expect(await errorCode(put)).toBe(2001399);
  });

  it('does not change SalesPrice for another price list', async () => {
    const before = (await (await f.api('/3/articles/2')).json()).Article.SalesPrice;
    const res = await f.api('/3/prices', {
      method: 'POST',
      json: { Price: { PriceList: 'B', ArticleNumber: '2', Price: 1 } },
    });
    expect(res.status).toBe(201);
    expect((await (await f.api('/3/articles/2')).json()).Article.SalesPrice).toBe(before);
  });

  it('lists the quantity steps of an article in a sublist', async () => {
    await f.api('/3/prices', {
      method: 'POST',
      json: { Price: { PriceList: 'A', ArticleNumber: '3', FromQuantity: 10, Price: 5 } },
    });
    const body = await (await f.api('/3/prices/sublist/A/3')).json();
    expect(body.Prices.map((p: { FromQuantity: number }) => p.FromQuantity)).toEqual([0, 10]);
  });

  it('rejects an unknown price list code', async () => {
    const res = await f.api('/3/prices', {
      method: 'POST',
      json: { Price: { PriceList: 'Q', ArticleNumber: '1', Price: 5 } },
    });
    expect(res.status).toBe(400);
    expect(await errorCode(res)).toBe(2000729);
  });

  it('rejects the read-only Date field', async () => {
    const res = await f.api('/3/prices/A/1/0', {
      method: 'PUT',
      json: { Price: { Date: '2026-01-01' } },
    });
    expect(await errorCode(res)).toBe(2001399);
  });

  it('needs the price scope', async () => {
    const { accessToken } = f.emulator.issueTokens({
      clientId: f.clientId,
      tenantId: f.tenantId,
      scopes: ['article'],
    });
    const res = await f.api('/3/prices/A/1/0', {
      headers: { Authorization: `Bearer ${accessToken}` },
    });
    expect(res.status).toBe(403);
  });
});
