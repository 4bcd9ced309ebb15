import { afterEach, describe, expect, it } from 'vitest';
import type { OrderInput } from '../host/index.js';
import { createFortnoxGateway } from '../integration/create-fortnox-gateway.js';
import {
  type Harness,
  type HarnessOptions,
  startHarness,
} from '../integration/emulator-harness.test-support.js';
import {
  CUSTOMER,
  FILTER_ARTICLE,
  readyWorkOrder,
} from '../integration/host-fixture.test-support.js';
import { checkCodes } from './check-codes.js';

let h: Harness;
afterEach(() => h?.close());

const start = (order: Partial<OrderInput> = {}, options: HarnessOptions = {}) =>
  startHarness({
    customers: [CUSTOMER],
    articles: [FILTER_ARTICLE],
    orders: [readyWorkOrder('o1', order)],
    ...options,
  });

const writes = (harness: Harness) =>
  harness.emulator.control.requests().filter((r) => r.method !== 'GET');

/** Sends o1, expects `missing_fortnox_code` at `field` with sv and en saying what to do. */
async function expectMissing(field: string, sv: RegExp, en: RegExp) {
  const before = writes(h).length;
  const error = await h.integration.sendOrder('o1').catch((e: unknown) => e);
  expect(error).toMatchObject({ code: 'missing_fortnox_code', field });
  const { userMessage } = error as { userMessage: { sv: string; en: string } };
  expect(userMessage.sv).toMatch(sv);
  expect(userMessage.sv).toMatch(/Lägg upp .* i Fortnox .*skicka igen\.$/);
  expect(userMessage.en).toMatch(en);
  expect(userMessage.en).toMatch(/Add .* in Fortnox .*send again\.$/);
  // Nothing reached Fortnox: no customer, article or document was written.
  expect(writes(h).length).toBe(before);
  const status = await h.integration.getOrderStatus('o1');
  expect(status.lastError?.userMessage).toEqual(userMessage);
}

describe('missing Fortnox codes are refused before the first write', { timeout: 30_000 }, () => {
  it('a unit on an article row', async () => {
    h = await start({
      articleRows: [{ articleNumber: 'FILTER-10', quantity: 1, unit: 'KARTONG' }],
    });
    await expectMissing('articleRows', /^Enhet "KARTONG" finns inte/, /^Unit "KARTONG" does not/);
  });

  it('the unit of an article the send would create', async () => {
    const created = { ...FILTER_ARTICLE, id: 'a9', articleNumber: 'NY-9', unit: 'FAT' };
    h = await start(
      { articleRows: [{ articleNumber: 'NY-9', quantity: 1 }] },
      { articles: [FILTER_ARTICLE, created] },
    );
    await expectMissing(
      'articles.unit',
      /^Enhet "FAT" finns inte.*artikelregistret/,
      /^Unit "FAT"/,
    );
  });

  it('the terms of delivery from the order field Leveransvillkor', async () => {
    h = await start({ customFields: { Leveransvillkor: 'FRITT-X' } });
    await expectMissing(
      'customFields.Leveransvillkor',
      /^Leveransvillkor "FRITT-X" finns inte/,
      /^Terms of delivery "FRITT-X" does not/,
    );
  });

  it('the way of delivery from the order field Leveranssätt', async () => {
    h = await start({ customFields: { Leveranssätt: 'DRÖNARE' } });
    await expectMissing(
      'customFields.Leveranssätt',
      /^Leveranssätt "DRÖNARE" finns inte/,
      /^Way of delivery "DRÖNARE" does not/,
    );
  });

  it('the cost center of setting 21 on the head', async () => {
    h = await start({}, { settings: { costCenter: 'NOPE' } });
    await expectMissing('costCenter', /^Kostnadsställe "NOPE" finns inte/, /^Cost center "NOPE"/);
  });

  it('the user’s cost center on a row (setting 20)', async () => {
    h = await start(
      { articleRows: [{ articleNumber: 'FILTER-10', quantity: 1, userId: 'u1' }] },
      {
        settings: { includeUserCostCenterOnRows: true },
        users: [{ id: 'u1', name: 'Anna Berg', costCenter: 'RAD9' }],
      },
    );
    await expectMissing(
      'includeUserCostCenterOnRows',
      /^Kostnadsställe "RAD9" finns inte.*användaren/,
      /^Cost center "RAD9" does not.*user on the row/,
    );
  });

  it('an article missing in Fortnox while article creation is off (setting 28)', async () => {
    const created = { ...FILTER_ARTICLE, id: 'a9', articleNumber: 'NY-9' };
    h = await start(
      { articleRows: [{ articleNumber: 'NY-9', quantity: 1 }] },
      { articles: [FILTER_ARTICLE, created], settings: { disableArticleCreation: true } },
    );
    await expectMissing(
      'disableArticleCreation',
      /^Artikel NY-9 finns inte i Fortnox, och artikelskapande är avstängt/,
      /^Article NY-9 does not exist in Fortnox, and article creation is turned off/,
    );
  });

  // The kit's mapping leaves these to the customer's defaults; a document that names them
  // (a re-send, another mapping) is checked all the same.
  it.each([
    ['terms of payment', 'TermsOfPayment', 'NETTO-99', 'Betalningsvillkor', 'betalningsvillkor'],
    ['a price list', 'PriceList', 'VIP', 'Prislista', 'prislista'],
  ])('%s a document names', async (what, field, code, kindSv, placeSv) => {
    h = await start();
    const gateway = createFortnoxGateway(h.integration.client.request);
    const document = { CustomerNumber: '1', [field]: code, OrderRows: [] };
    const kindEn = what.replace(/^a /, '').replace(/^./, (c) => c.toUpperCase());
    await expect(checkCodes(gateway, document)).rejects.toMatchObject({
      code: 'missing_fortnox_code',
      field,
      userMessage: {
        sv: `${kindSv} "${code}" finns inte i Fortnox. Lägg upp koden i Fortnox (eller ändra orderns ${placeSv}) och skicka igen.`,
        en: `${kindEn} "${code}" does not exist in Fortnox. Add it in Fortnox (or change the order's ${what.replace(/^a /, '')}) and send again.`,
      },
    });
  });

  it('passes a document whose price list exists, without a write', async () => {
    h = await start();
    const gateway = createFortnoxGateway(h.integration.client.request);
    const before = writes(h).length;
    const document = { CustomerNumber: '1', PriceList: 'A', OrderRows: [] };
    await expect(checkCodes(gateway, document)).resolves.toBeUndefined();
    expect(writes(h).length).toBe(before);
  });
});
