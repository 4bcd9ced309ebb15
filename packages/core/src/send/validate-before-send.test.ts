import { afterEach, describe, expect, it } from 'vitest';
import type { Order } from '../host/index.js';
import { type Harness, startHarness } from '../integration/emulator-harness.test-support.js';
import { FILTER_ARTICLE, readyWorkOrder } from '../integration/host-fixture.test-support.js';
import { isWorkflowError } from '../integration/workflow-error.js';
import { InvalidForFortnoxError, isInvalidForFortnoxError } from './invalid-for-fortnox-error.js';
import { validateBeforeSend } from './validate-before-send.js';

let h: Harness;
afterEach(() => h?.close());

const newCustomer = { id: 'c9', name: 'Nya Bygg AB', email: 'info@bygg.se' };

async function refusal(harness: Harness): Promise<InvalidForFortnoxError> {
  harness.emulator.control.clearRequests();
  const error = await harness.integration.sendOrder('o1').catch((e: unknown) => e);
  const writes = harness.emulator.control.requests().filter((r) => r.method !== 'GET');
  expect(writes).toEqual([]);
  if (!isInvalidForFortnoxError(error)) throw error;
  return error;
}

describe('validateBeforeSend on the send path', { timeout: 30_000 }, () => {
  it('refuses a new customer whose e-mail Fortnox would reject, naming the customer and its email field, before any write', async () => {
    h = await startHarness({
      customers: [{ ...newCustomer, email: 'info@@bygg.se' }],
      articles: [FILTER_ARTICLE],
      orders: [readyWorkOrder('o1', { customerId: 'c9' })],
    });
    const error = await refusal(h);
    expect(error.record).toEqual({ type: 'customer', id: 'c9', label: 'Nya Bygg AB' });
    expect(error.field).toBe('email');
    expect(error.fortnoxField).toBe('Email');
    expect(error.problem).toBe('invalid-email');
    expect(error.code).toBe('validation_failed');
    expect(isWorkflowError(error)).toBe(true);
    expect(error.userMessage.sv).toContain('Kunden Nya Bygg AB: e-postadressen "info@@bygg.se"');
    expect(error.userMessage.en).toContain('Customer Nya Bygg AB: the e-mail address');
    expect([...h.emulator.db.tenant(h.tenantId).customers.values()]).not.toContainEqual(
      expect.objectContaining({ Name: 'Nya Bygg AB' }),
    );
  });

  it('refuses a new customer with an organisation number whose check digit is wrong', async () => {
    h = await startHarness({
      customers: [{ ...newCustomer, organisationNumber: '556036-0792' }],
      articles: [FILTER_ARTICLE],
      orders: [readyWorkOrder('o1', { customerId: 'c9' })],
    });
    const error = await refusal(h);
    expect(error.field).toBe('organisationNumber');
    expect(error.userMessage.sv).toContain('organisationsnumret "556036-0792" är inget giltigt');
  });

  it('refuses a new customer whose delivery postcode is longer than Fortnox allows, naming its delivery address field (decisions/143)', async () => {
    h = await startHarness({
      customers: [
        { ...newCustomer, deliveryAddress: { street: 'Lagervägen 9', zipCode: '1'.repeat(11) } },
      ],
      articles: [FILTER_ARTICLE],
      orders: [readyWorkOrder('o1', { customerId: 'c9' })],
    });
    const error = await refusal(h);
    expect(error.field).toBe('deliveryAddress.zipCode');
    expect(error.fortnoxField).toBe('DeliveryZipCode');
    expect(error.userMessage.sv).toContain('postnumret i leveransadressen "11111111111" är längre');
  });

  it('refuses an article to be created with a VAT rate Fortnox does not have, naming the article', async () => {
    h = await startHarness({
      customers: [newCustomer],
      articles: [FILTER_ARTICLE],
      orders: [
        readyWorkOrder('o1', {
          customerId: 'c9',
          articleRows: [{ articleNumber: 'NY-7', quantity: 1 }],
        }),
      ],
    });
    await h.registers.articles.upsert({
      id: 'a7',
      articleNumber: 'NY-7',
      description: 'Ny',
      vat: 7,
    });
    const error = await refusal(h);
    expect(error.record).toEqual({ type: 'article', id: 'a7', label: 'NY-7' });
    expect(error.field).toBe('vat');
    expect(error.userMessage.en).toBe(
      'Article NY-7: the VAT (7) is not a VAT rate Fortnox has (25, 12, 6 or 0). Correct the article in the article register and send again; nothing was sent to Fortnox.',
    );
  });

  it('sends a customer whose name only needed characters replaced (fixable, so not refused)', async () => {
    h = await startHarness({
      customers: [{ ...newCustomer, name: 'Bygg <Nord> AB' }],
      articles: [FILTER_ARTICLE],
      orders: [readyWorkOrder('o1', { customerId: 'c9' })],
    });
    const { result } = await h.integration.sendOrder('o1');
    expect(result.created).toBe(true);
  });
});

describe('validateBeforeSend on a mapped document', () => {
  const order = { id: 'o1', number: 'AO-1' } as Order;

  it('names the order and the Fortnox row field of a quantity that is not a number', () => {
    const mapped = {
      target: 'order' as const,
      document: {
        CustomerNumber: '1',
        OrderRows: [
          { ArticleNumber: 'A', DeliveredQuantity: 1 },
          { ArticleNumber: 'A', DeliveredQuantity: Number.NaN },
        ],
      },
    };
    let error: unknown;
    try {
      validateBeforeSend({ order, mapped, newCustomer: undefined, newArticles: [] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidForFortnoxError);
    expect((error as InvalidForFortnoxError).record).toEqual({
      type: 'order',
      id: 'o1',
      label: 'AO-1',
    });
    expect((error as InvalidForFortnoxError).field).toBe('OrderRows[1].DeliveredQuantity');
    expect((error as InvalidForFortnoxError).userMessage.sv).toContain(
      'Order AO-1: fältet OrderRows[1].DeliveredQuantity är inget tal',
    );
  });

  it('refuses an invoice row with a quantity but neither article nor text (Fortnox 2003977)', () => {
    const mapped = {
      target: 'invoice' as const,
      document: { CustomerNumber: '1', InvoiceRows: [{ DeliveredQuantity: 2 }] },
    };
    expect(() =>
      validateBeforeSend({ order, mapped, newCustomer: undefined, newArticles: [] }),
    ).toThrow(/InvoiceRows\[0\] has a quantity but neither an article nor a text/);
  });
});
