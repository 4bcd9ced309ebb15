import { describe, expect, it } from 'vitest';
import { useClientFixture } from '../../client/client-fixture.test-support.js';
import { type FortnoxApiError, isFortnoxApiError } from '../../errors/fortnox-api-error.js';

const f = useClientFixture({ size: 4 });

describe('customers.delete', () => {
  it('rejects with Fortnox’s 400 and message, sent once, while the customer has an open order', async () => {
    const customer = await f.client.customers.create({ Name: 'Kvarvarande AB' });
    const order = await f.client.orders.create({
      CustomerNumber: customer.CustomerNumber,
      OrderRows: [{ ArticleNumber: '1', DeliveredQuantity: 1, Price: 100 }],
    });
    const error = (await f.client.customers
      .delete(customer.CustomerNumber)
      .catch((e: unknown) => e)) as FortnoxApiError;
    expect(isFortnoxApiError(error)).toBe(true);
    expect(error).toMatchObject({ status: 400, code: 2001392 });
    expect(error.fortnoxMessage).toContain(`order ${order.DocumentNumber}`);
    expect(f.apiRequests().filter((r) => r.method === 'DELETE')).toHaveLength(1);
    expect((await f.client.customers.get(customer.CustomerNumber)).Name).toBe('Kvarvarande AB');
  });
});
