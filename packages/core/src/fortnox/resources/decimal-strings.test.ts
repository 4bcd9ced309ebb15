import { describe, expect, it } from 'vitest';
import { useClientFixture } from '../../client/client-fixture.test-support.js';

const f = useClientFixture({ size: 6 });

/** The raw JSON the emulator answers for a GET (what Fortnox puts on the wire). */
async function raw(path: string): Promise<Record<string, unknown>> {
  const tokens = await f.tokenStore.load('acme');
  const res = await fetch(`https://api.fortnox.se/3/${path}`, {
    headers: { Authorization: `Bearer ${tokens?.accessToken}`, Accept: 'application/json' },
  });
  return (await res.json()) as Record<string, unknown>;
}

type Row = Record<string, unknown>;

describe('decimal strings from Fortnox are read as numbers', () => {
  it('reads an order row quantity sent as "2.50" as 2.5', async () => {
    const order = await f.client.orders.create({
      CustomerNumber: '1',
      OrderRows: [{ ArticleNumber: '1', OrderedQuantity: 2.5, DeliveredQuantity: 2.5 }],
    });
    const wire = (await raw(`orders/${order.DocumentNumber}`)).Order as { OrderRows: Row[] };
    expect(wire.OrderRows[0]).toMatchObject({ OrderedQuantity: '2.50', DeliveredQuantity: '2.50' });
    const read = await f.client.orders.get(order.DocumentNumber);
    expect(read.OrderRows?.[0]).toMatchObject({ OrderedQuantity: 2.5, DeliveredQuantity: 2.5 });
  });

  it('reads an invoice row quantity sent as "3.00" as 3 and Credit "false" as false', async () => {
    const invoice = await f.client.invoices.create({
      CustomerNumber: '1',
      InvoiceRows: [{ ArticleNumber: '1', DeliveredQuantity: 3, Price: 100 }],
    });
    const wire = (await raw(`invoices/${invoice.DocumentNumber}`)).Invoice as Row & {
      InvoiceRows: Row[];
    };
    expect(wire.InvoiceRows[0]?.DeliveredQuantity).toBe('3.00');
    expect(wire.Credit).toBe('false');
    const read = await f.client.invoices.get(invoice.DocumentNumber);
    expect(read.InvoiceRows?.[0]?.DeliveredQuantity).toBe(3);
    expect(read.Credit).toBe(false);
  });

  it('reads article list prices sent as decimal strings as numbers', async () => {
    await f.client.articles.update('1', { PurchasePrice: 12.5 });
    const wire = (await raw('articles?articlenumber=1')).Articles as Row[];
    const item = wire.find((a) => a.ArticleNumber === '1');
    expect(item).toMatchObject({ PurchasePrice: '12.50', VAT: expect.any(String) });
    const listed = await f.client.articles.list({ search: { articlenumber: '1' } }).toArray();
    expect(listed.find((a) => a.ArticleNumber === '1')?.PurchasePrice).toBe(12.5);
  });

  it('reads attendance hours sent as "7.50" as 7.5', async () => {
    const created = await f.client.attendanceTransactions.create({
      EmployeeId: '1',
      CauseCode: 'TID',
      Date: '2026-01-05',
      Hours: 7.5,
    });
    const wire = (await raw(`attendancetransactions/${created.id}`)).AttendanceTransaction as Row;
    expect(wire.Hours).toBe('7.50');
    expect(created.Hours).toBe(7.5);
    expect((await f.client.attendanceTransactions.get(created.id as string)).Hours).toBe(7.5);
  });
});
