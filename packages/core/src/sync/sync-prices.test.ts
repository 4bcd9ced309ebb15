import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSyncHarness } from './emulator-harness.test-support.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const HOUR = 3_600_000;
const basePrice = (h: ReturnType<typeof createSyncHarness>, article: string) =>
  [...h.tenant().prices.values()].find(
    (p) => p.ArticleNumber === article && p.PriceList === 'A' && p.FromQuantity === 0,
  )?.Price;

describe('prices (setting 23, the guard, setting 46)', () => {
  it('with 23 on, a price changed in Fortnox reaches the host from the list alone', async () => {
    const h = createSyncHarness(server, { articles: 5, settings: { syncPrices: true } });
    await h.engine.run({ trigger: 'connect' });
    expect((await h.host.articles.findByNumber('2'))?.price).toBe(basePrice(h, '2'));
    h.advance(HOUR);
    h.user.setPrice({ articleNumber: '2', price: 1234 });
    const { requests } = await h.countRequests(() => h.engine.run({ trigger: 'schedule' }));
    expect(requests).toBe(2);
    expect((await h.host.articles.findByNumber('2'))?.price).toBe(1234);
  });

  it('with 23 on, a host price change goes to Fortnox through /3/prices, and its echo costs nothing', async () => {
    const h = createSyncHarness(server, { articles: 5, settings: { syncPrices: true } });
    await h.engine.run({ trigger: 'connect' });
    h.advance(HOUR);
    const a3 = await h.host.articles.findByNumber('3');
    await h.host.articles.upsert({ ...(a3 as NonNullable<typeof a3>), price: 999 });
    const { paths } = await h.countRequests(() => h.engine.run({ trigger: 'schedule' }));
    expect(paths.filter((p) => !p.startsWith('GET'))).toEqual(['PUT /3/prices/A/3/0']);
    expect(paths).toHaveLength(3);
    expect(basePrice(h, '3')).toBe(999);
    h.advance(HOUR);
    expect((await h.countRequests(() => h.engine.run({ trigger: 'schedule' }))).requests).toBe(2);
  });

  it("never replaces a set host price with Fortnox's empty one, and fills Fortnox's instead", async () => {
    const h = createSyncHarness(server, {
      settings: { syncPrices: true, syncUpdatedArticles: true },
      host: { articles: [{ id: 'a1', articleNumber: 'P-1', description: 'Pump', price: 150 }] },
    });
    h.user.createArticle({ ArticleNumber: 'P-1', Description: 'Pump', Type: 'STOCK' });
    expect(basePrice(h, 'P-1')).toBeUndefined();
    const run = await h.engine.run({ trigger: 'connect' });
    expect((await h.host.articles.findById('a1'))?.price).toBe(150);
    const log = await h.store.listRunLog(run.id);
    expect(
      log.find((e) => e.fortnoxNumber === 'P-1' && e.direction === 'to-host')?.message,
    ).toMatch(/price kept/);
    expect(basePrice(h, 'P-1')).toBe(150);
  });

  it('keeps the host price on a later Fortnox change when Fortnox has no price', async () => {
    const h = createSyncHarness(server, {
      settings: { syncPrices: true, syncUpdatedArticles: true },
    });
    h.user.createArticle({ ArticleNumber: 'P-2', Description: 'Filter', Type: 'STOCK' });
    await h.engine.run({ trigger: 'connect' });
    const created = await h.host.articles.findByNumber('P-2');
    await h.host.articles.upsert({ ...(created as NonNullable<typeof created>), price: 80 });
    h.setSettings({ syncPrices: true, syncUpdatedArticles: true, disableArticleCreation: true });
    await h.engine.run({ trigger: 'schedule' });
    h.advance(HOUR);
    h.user.updateArticle('P-2', { Description: 'Filter stort' });
    await h.engine.run({ trigger: 'schedule' });
    expect(await h.host.articles.findByNumber('P-2')).toMatchObject({
      description: 'Filter stort',
      price: 80,
    });
  });

  it('leaves the prices of the 46 articles alone in both directions', async () => {
    const h = createSyncHarness(server, {
      articles: 3,
      settings: { syncPrices: true, noPriceArticleNumbers: '1; 2' },
      host: { articles: [{ id: 'mine', articleNumber: '2', description: 'Eget', price: 42 }] },
    });
    await h.engine.run({ trigger: 'connect' });
    expect((await h.host.articles.findByNumber('1'))?.price ?? null).toBeNull();
    expect((await h.host.articles.findById('mine'))?.price).toBe(42);
    expect((await h.host.articles.findByNumber('3'))?.price).toBe(basePrice(h, '3'));
    const fortnoxPrice2 = basePrice(h, '2');
    h.advance(HOUR);
    await h.host.articles.upsert({
      id: 'mine',
      articleNumber: '2',
      description: 'Eget',
      price: 43,
    });
    const { paths } = await h.countRequests(() => h.engine.run({ trigger: 'schedule' }));
    expect(paths.filter((p) => !p.startsWith('GET'))).toEqual([]);
    expect(basePrice(h, '2')).toBe(fortnoxPrice2);
  });

  it('with 23 off, prices flow in neither direction', async () => {
    const h = createSyncHarness(server, { articles: 2 });
    await h.engine.run({ trigger: 'connect' });
    expect((await h.host.articles.findByNumber('1'))?.price ?? null).toBeNull();
    h.advance(HOUR);
    const a1 = await h.host.articles.findByNumber('1');
    const before = basePrice(h, '1');
    await h.host.articles.upsert({ ...(a1 as NonNullable<typeof a1>), price: 5 });
    h.user.setPrice({ articleNumber: '2', price: 777 });
    const { paths } = await h.countRequests(() => h.engine.run({ trigger: 'schedule' }));
    expect(paths.filter((p) => !p.startsWith('GET'))).toEqual([]);
    expect(basePrice(h, '1')).toBe(before);
    expect((await h.host.articles.findByNumber('2'))?.price ?? null).toBeNull();
  });
});
