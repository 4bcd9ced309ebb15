import { afterEach, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../integration/emulator-harness.test-support.js';
import { fortnoxGet, oneRowOrder } from '../register-mapping/fortnox-get.test-support.js';

let h: Harness;
afterEach(() => h?.close());

// Every test runs the emulator and a whole OAuth connect; generous under a loaded CI.
describe('the article a send creates (decisions/143)', { timeout: 30_000 }, () => {
  it('creates the article with its Active flag as the host has it', async () => {
    h = await startHarness({
      customers: [{ id: 'c1', name: 'Bygg AB' }],
      articles: [
        {
          id: 'a1',
          articleNumber: 'NY-ART',
          description: 'Utgående artikel',
          price: 10,
          active: false,
        },
      ],
      orders: [oneRowOrder('NY-ART')],
    });
    await h.integration.sendOrder('1');
    const { Article } = await fortnoxGet(h, 'articles/NY-ART');
    expect(Article).toMatchObject({ Description: 'Utgående artikel', Active: false });
  });
});
