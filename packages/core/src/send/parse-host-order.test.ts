import { afterEach, describe, expect, it } from 'vitest';
import type { OrderInput } from '../host/index.js';
import { type Harness, startHarness } from '../integration/emulator-harness.test-support.js';
import {
  FILTER_ARTICLE,
  oneReadyWorkOrder,
  readyWorkOrder,
} from '../integration/host-fixture.test-support.js';

let h: Harness;
afterEach(() => h?.close());

/** The host's order exactly as its callback returns it (not parsed by the memory store). */
function hostReturns(order: Record<string, unknown>) {
  h.hostOrders.findById = async () => order as never;
}

function fortnoxOrders() {
  return [...h.emulator.db.tenant(h.tenantId).orders.values()];
}

describe('the send path reads the host order with the Order schema', { timeout: 30_000 }, () => {
  it('sends a row whose quantity is the text "3" with sumArticleRows on, summed with the other row', async () => {
    h = await startHarness({ ...oneReadyWorkOrder(), settings: { sumArticleRows: true } });
    const order: OrderInput = readyWorkOrder('o1');
    hostReturns({
      ...order,
      articleRows: [
        { articleNumber: FILTER_ARTICLE.articleNumber, quantity: 2 },
        { articleNumber: FILTER_ARTICLE.articleNumber, quantity: '3' },
      ],
    });
    const { result } = await h.integration.sendOrder('o1');
    const sent = fortnoxOrders().find((o) => o.DocumentNumber === result.documentNumber);
    const rows = (sent?.OrderRows ?? []).filter((r) => r.ArticleNumber === 'FILTER-10');
    expect(rows.map((r) => Number(r.DeliveredQuantity))).toEqual([5]);
  });

  it.each([
    ['1e300', 1e300],
    ['1e15 + 0.5', 1e15 + 0.5],
    ['missing', undefined],
  ])(
    'refuses a row whose quantity is %s, naming the row, before writing anything',
    async (_name, quantity) => {
      h = await startHarness(oneReadyWorkOrder());
      const before = fortnoxOrders().length;
      hostReturns({
        ...readyWorkOrder('o1'),
        articleRows: [
          { articleNumber: FILTER_ARTICLE.articleNumber, quantity: 1 },
          { articleNumber: FILTER_ARTICLE.articleNumber, quantity },
        ],
      });
      await expect(h.integration.sendOrder('o1')).rejects.toMatchObject({
        code: 'validation_failed',
        field: 'articleRows[1].quantity',
        userMessage: { sv: expect.stringContaining('articleRows[1].quantity') },
      });
      expect(fortnoxOrders()).toHaveLength(before);
    },
  );
});
