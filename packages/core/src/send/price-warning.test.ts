import { afterEach, describe, expect, it } from 'vitest';
import { createFortnoxHandler } from '../handler/create-fortnox-handler.js';
import { SendOrderResponse } from '../handler/send-response.js';
import {
  type Harness,
  type HarnessOptions,
  HOST_TENANT,
  startHarness,
} from '../integration/emulator-harness.test-support.js';
import {
  CUSTOMER,
  FILTER_ARTICLE,
  readyWorkOrder,
} from '../integration/host-fixture.test-support.js';

let h: Harness;
afterEach(() => h?.close());

/** Sends order o1 through the real handler and returns the response body. */
async function sendThroughHandler(options: HarnessOptions) {
  h = await startHarness({ customers: [CUSTOMER], articles: [FILTER_ARTICLE], ...options });
  const handler = createFortnoxHandler(h.integration, {
    basePath: '/api/fortnox',
    authorize: () => ({ id: 'u1', tenantId: HOST_TENANT, isAdmin: false }),
  });
  const response = await handler(
    new Request('http://app.test/api/fortnox/orders/o1/send', {
      method: 'POST',
      headers: { 'x-fortnox-kit': '1', 'content-type': 'application/json' },
    }),
  );
  expect(response.status).toBe(200);
  return SendOrderResponse.parse(await response.json());
}

const noPrice = (body: SendOrderResponse) => body.warnings?.filter((w) => w.code === 'no-price');

describe('the no-price warning', { timeout: 30_000 }, () => {
  it('is in the send response, sv and en, when rows have no price on the order nor in Fortnox (and the document indeed says 0)', async () => {
    const body = await sendThroughHandler({ orders: [readyWorkOrder('o1')] });
    expect(noPrice(body)).toEqual([
      expect.objectContaining({
        field: 'OrderRows',
        userMessage: {
          sv: expect.stringMatching(
            /^Artikel FILTER-10 saknar pris både i ordern och i Fortnox, så raderna blir 0 kr\. Priser kommer till Fortnox på tre sätt/,
          ),
          en: expect.stringMatching(
            /^Article FILTER-10 has no price on the order nor in Fortnox, so its rows come out at 0\. Prices reach Fortnox/,
          ),
        },
      }),
    ]);
    const number = body.reference?.documentNumber ?? '';
    const written = h.emulator.db.tenant(h.tenantId).orders.get(number);
    expect(written?.OrderRows[0]?.Price).toBe(0);
    expect(written?.Total).toBe(0);
  });

  it('is not given when the rows carry the host’s price (Sätt priser på orderrader)', async () => {
    const body = await sendThroughHandler({
      orders: [readyWorkOrder('o1')],
      settings: { setPricesOnRows: true },
    });
    expect(noPrice(body)).toEqual([]);
  });

  it('is not given when the article has a price in Fortnox (Synka priser)', async () => {
    const body = await sendThroughHandler({
      orders: [readyWorkOrder('o1')],
      settings: { syncPrices: true },
    });
    expect(noPrice(body)).toEqual([]);
    const written = h.emulator.db
      .tenant(h.tenantId)
      .orders.get(body.reference?.documentNumber ?? '');
    expect(written?.OrderRows[0]?.Price).toBe(149);
  });

  it('names an article this send creates in Fortnox, which has no price there yet', async () => {
    const order = readyWorkOrder('o1', {
      articleRows: [{ articleNumber: 'NY-1', quantity: 2 }],
    });
    h = await startHarness({ customers: [CUSTOMER], articles: [FILTER_ARTICLE], orders: [order] });
    await h.registers.articles.upsert({ id: 'a9', articleNumber: 'NY-1', description: 'Ny' });
    const { result } = await h.integration.sendOrder('o1');
    expect(result.warnings.filter((w) => w.code === 'no-price').map((w) => w.message)).toEqual([
      'no price on the rows nor in Fortnox for NY-1: they are sent at 0',
    ]);
  });
});
