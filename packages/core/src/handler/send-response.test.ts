import { afterEach, describe, expect, it } from 'vitest';
import {
  type Harness,
  HOST_TENANT,
  startHarness,
} from '../integration/emulator-harness.test-support.js';
import {
  CUSTOMER,
  FILTER_ARTICLE,
  readyWorkOrder,
} from '../integration/host-fixture.test-support.js';
import { OrderStatus } from './contract.js';
import { createFortnoxHandler } from './create-fortnox-handler.js';
import { SendOrderResponse } from './send-response.js';

let h: Harness;
afterEach(() => h?.close());

const STATUS: OrderStatus = {
  orderId: 'o1',
  state: 'sent',
  reference: { target: 'order', documentNumber: '17' },
  invoice: null,
  canSend: false,
  canResend: false,
  lastError: null,
  sentAt: '2026-11-28T08:00:00Z',
};

describe('send response', { timeout: 30_000 }, () => {
  it('accepts a plain order status, as backends written before warnings send it', () => {
    expect(SendOrderResponse.parse(STATUS)).toEqual(STATUS);
    expect(OrderStatus.parse({ ...STATUS, warnings: [] })).toEqual(STATUS);
  });

  it('validates the order status inside a send response as the status route does', () => {
    const { canSend: _, ...withoutCanSend } = STATUS;
    expect(SendOrderResponse.safeParse(withoutCanSend).success).toBe(false);
    expect(SendOrderResponse.safeParse({ ...STATUS, sentAt: '28/11/2026' }).success).toBe(false);
    const warning = { code: 'text-shortened', field: 'Remarks', message: 'm' };
    expect(SendOrderResponse.safeParse({ ...STATUS, warnings: [warning] }).success).toBe(false);
  });

  it('carries the mapping’s warnings from the handler, each with a Swedish and an English text', async () => {
    const order = readyWorkOrder('o1', {
      articleRows: [{ articleNumber: 'FILTER-10', quantity: 1, description: 'Filter {nytt}' }],
    });
    // Priced rows, so the only warning is the replaced characters (no `no-price`).
    const settings = { setPricesOnRows: true };
    h = await startHarness({
      customers: [CUSTOMER],
      articles: [FILTER_ARTICLE],
      orders: [order],
      settings,
    });
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
    const body = SendOrderResponse.parse(await response.json());
    expect(body.state).toBe('sent');
    expect(body.warnings).toEqual([
      expect.objectContaining({
        code: 'characters-replaced',
        field: 'OrderRows[0].Description',
        userMessage: {
          sv: 'Rad 1: tecken som Fortnox inte tar emot har ersatts eller tagits bort.',
          en: 'Row 1: characters Fortnox does not accept were replaced or removed.',
        },
      }),
    ]);
  });
});
