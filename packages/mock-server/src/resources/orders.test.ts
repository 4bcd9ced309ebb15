import { describe, expect, it } from 'vitest';
import { errorCode, useEmulator } from '../test-support.js';

const f = useEmulator();

const post = (order: object) => f.api('/3/orders', { method: 'POST', json: { Order: order } });
const get = async (n: string) => (await (await f.api(`/3/orders/${n}`)).json()).Order;

describe('/3/orders', () => {
  it('computes row totals from DeliveredQuantity, not OrderedQuantity', async () => {
    const res = await post({
      CustomerNumber: '1',
      OrderRows: [
        { ArticleNumber: '1', OrderedQuantity: 5, DeliveredQuantity: 2, Price: 100 },
        { ArticleNumber: '2', OrderedQuantity: 3, Price: 50 },
      ],
    });
    expect(res.status).toBe(201);
    const order = (await res.json()).Order;
    expect(order.OrderRows.map((r: { Total: number }) => r.Total)).toEqual([200, 0]);
    expect(order.Net).toBe(200);
    expect(order.Total).toBe(250);
  });

  it('takes quantities as numeric strings and sends them back as decimal strings', async () => {
    const res = await post({
      CustomerNumber: '1',
      OrderRows: [
        { ArticleNumber: '1', OrderedQuantity: '10', DeliveredQuantity: '2.5', Price: 100 },
      ],
    });
    expect(res.status).toBe(201);
    const row = (await res.json()).Order.OrderRows[0];
    expect(row).toMatchObject({ OrderedQuantity: '10.00', DeliveredQuantity: '2.50', Total: 250 });
  });

  it('rejects a non-numeric quantity with 2000108', async () => {
    const res = await post({
      CustomerNumber: '1',
      OrderRows: [{ ArticleNumber: '1', DeliveredQuantity: 'tio' }],
    });
    expect(await errorCode(res)).toBe(2000108);
  });

  it('defaults a row from the article and the customer price list', async () => {
    const order = (
      await (
        await post({
          CustomerNumber: '1',
          OrderRows: [{ ArticleNumber: '3', DeliveredQuantity: 1 }],
        })
      ).json()
    ).Order;
    const article = (await (await f.api('/3/articles/3')).json()).Article;
    expect(order.OrderRows[0]).toMatchObject({
      Description: article.Description,
      Price: article.SalesPrice,
    });
  });

  it('rejects the read-only Total on a row with 2001399', async () => {
    const res = await post({ CustomerNumber: '1', OrderRows: [{ ArticleNumber: '1', Total: 5 }] });
    expect(await errorCode(res)).toBe(2001399);
  });

  it('rejects a row with a quantity but neither article nor description (2003977)', async () => {
    const res = await post({
      CustomerNumber: '1',
      OrderRows: [{ DeliveredQuantity: 2, Price: 10 }],
    });
    expect(await errorCode(res)).toBe(2003977);
  });

  it('accepts a text row with only a description', async () => {
    const res = await post({
      CustomerNumber: '1',
      OrderRows: [{ Description: 'Jobb utfört enligt offert' }],
    });
    expect(res.status).toBe(201);
  });

  it('rejects an unknown terms-of-delivery code', async () => {
    const res = await post({ CustomerNumber: '1', TermsOfDelivery: 'XYZ' });
    expect(res.status).toBe(400);
    expect(await errorCode(res)).toBe(2000729);
  });

  it('replaces all rows on a PUT without RowIds', async () => {
    const { DocumentNumber } = (
      await (
        await post({ CustomerNumber: '1', OrderRows: [{ Description: 'a' }, { Description: 'b' }] })
      ).json()
    ).Order;
    await f.api(`/3/orders/${DocumentNumber}`, {
      method: 'PUT',
      json: { Order: { OrderRows: [{ Description: 'c' }] } },
    });
    expect(
      (await get(DocumentNumber)).OrderRows.map((r: { Description: string }) => r.Description),
    ).toEqual(['c']);
  });

  it('updates rows by RowId, adds rows without one, deletes omitted ones and renews RowIds', async () => {
    const created = (
      await (
        await post({
          CustomerNumber: '1',
          OrderRows: [{ Description: 'a' }, { Description: 'b' }, { Description: 'x' }],
        })
      ).json()
    ).Order;
    const [a, b] = created.OrderRows;
    const res = await f.api(`/3/orders/${created.DocumentNumber}`, {
      method: 'PUT',
      json: {
        Order: {
          OrderRows: [
            { RowId: a.RowId },
            { RowId: b.RowId, Description: 'B' },
            { Description: 'new' },
          ],
        },
      },
    });
    const rows = (await res.json()).Order.OrderRows;
    expect(rows.map((r: { Description: string }) => r.Description)).toEqual(['a', 'B', 'new']);
    expect(rows[0].RowId).not.toBe(a.RowId);
  });

  it('creates an invoice from an order and links both ways', async () => {
    const res = await f.api('/3/orders/1/createinvoice', { method: 'PUT' });
    expect(res.status).toBe(200);
    const invoice = (await res.json()).Invoice;
    expect(invoice.OrderReference).toBe('1');
    expect((await get('1')).InvoiceReference).toBe(invoice.DocumentNumber);
    const again = await f.api('/3/orders/1/createinvoice', { method: 'PUT' });
    expect(again.status).toBe(400);
  });

  it('lists invoiced orders with filter=invoicecreated', async () => {
    await f.api('/3/orders/2/createinvoice', { method: 'PUT' });
    const body = await (await f.api('/3/orders?filter=invoicecreated')).json();
    expect(body.Orders.map((o: { DocumentNumber: string }) => o.DocumentNumber)).toEqual(['2']);
  });

  it('cancels an order and refuses to change it afterwards', async () => {
    const res = await f.api('/3/orders/3/cancel', { method: 'PUT' });
    expect((await res.json()).Order.Cancelled).toBe(true);
    const put = await f.api('/3/orders/3', { method: 'PUT', json: { Order: { Remarks: 'x' } } });
    expect(put.status).toBe(400);
  });

  it('previews as a PDF without marking the order sent; print marks it sent', async () => {
    const preview = await f.api('/3/orders/4/preview');
    expect(preview.headers.get('content-type')).toBe('application/pdf');
    expect(new TextDecoder().decode((await preview.arrayBuffer()).slice(0, 5))).toBe('%PDF-');
    expect((await get('4')).Sent).toBe(false);
    await f.api('/3/orders/4/print');
    expect((await get('4')).Sent).toBe(true);
  });

  it('e-mails an order and marks it sent', async () => {
    const res = await f.api('/3/orders/5/email');
    expect(res.status).toBe(200);
    expect((await res.json()).Order.Sent).toBe(true);
  });

  it('searches orders by ExternalInvoiceReference1', async () => {
    await post({ CustomerNumber: '2', ExternalInvoiceReference1: 'JOB-4711' });
    const body = await (await f.api('/3/orders?externalinvoicereference1=JOB-4711')).json();
    expect(body.Orders).toHaveLength(1);
  });

  it('keeps YourOrderNumber within 30 characters', async () => {
    const res = await post({ CustomerNumber: '1', YourOrderNumber: '1'.repeat(31) });
    expect(res.status).toBe(400);
  });

  it('returns orders changed since lastmodified', async () => {
    f.emulator.control.advanceClock(120_000);
    await f.api('/3/orders/6', { method: 'PUT', json: { Order: { Remarks: 'Ändrad' } } });
    const stamp = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Stockholm',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    }).format(f.emulator.clock.now());
    const body = await (await f.api(`/3/orders?lastmodified=${encodeURIComponent(stamp)}`)).json();
    expect(body.Orders.map((o: { DocumentNumber: string }) => o.DocumentNumber)).toEqual(['6']);
  });

  it('computes ContributionValue from purchase prices, or sends API_NORIGHT without the article scope', async () => {
    const full = (await (await f.api('/3/orders/1')).json()).Order;
    expect(typeof full.ContributionValue).toBe('number');
    const { accessToken } = f.emulator.issueTokens({
      clientId: f.clientId,
      tenantId: f.tenantId,
      scopes: ['order'],
    });
    const res = await f.api('/3/orders/1', { headers: { Authorization: `Bearer ${accessToken}` } });
    const limited = (await res.json()).Order;
    expect(limited).toMatchObject({
      ContributionPercent: 'API_NORIGHT',
      ContributionValue: 'API_NORIGHT',
    });
  });
});
