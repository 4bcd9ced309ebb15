import { describe, expect, it } from 'vitest';
import { useEmulator } from '../test-support.js';

const f = useEmulator();

async function created<T>(path: string, wrapper: string, body: object): Promise<T> {
  const res = await f.api(path, { method: 'POST', json: { [wrapper]: body } });
  expect(res.status).toBe(201);
  return (await res.json())[wrapper] as T;
}

const newCustomer = () =>
  created<{ CustomerNumber: string }>('/3/customers', 'Customer', { Name: 'Raderbar AB' });
const newArticle = () =>
  created<{ ArticleNumber: string }>('/3/articles', 'Article', { Description: 'Tillfällig' });
const newOrder = (customer: string, article = '1') =>
  created<{ DocumentNumber: string }>('/3/orders', 'Order', {
    CustomerNumber: customer,
    OrderRows: [{ ArticleNumber: article, DeliveredQuantity: 1, Price: 100 }],
  });
const newInvoice = (customer: string, article = '1') =>
  created<{ DocumentNumber: string; Total: number }>('/3/invoices', 'Invoice', {
    CustomerNumber: customer,
    InvoiceRows: [{ ArticleNumber: article, DeliveredQuantity: 1, Price: 100 }],
  });
const put = (path: string) => f.api(path, { method: 'PUT' });
const remove = (path: string) => f.api(path, { method: 'DELETE' });

async function expectRefused(res: Response, mentions: string) {
  expect(res.status).toBe(400);
  const error = (await res.json()).ErrorInformation;
  expect(error.code).toBe(2001392);
  expect(error.message).toContain(mentions);
}

describe('deleting a customer', () => {
  it('deletes a customer without documents (204, then 404)', async () => {
    const { CustomerNumber } = await newCustomer();
    expect((await remove(`/3/customers/${CustomerNumber}`)).status).toBe(204);
    expect((await f.api(`/3/customers/${CustomerNumber}`)).status).toBe(404);
  });

  it('refuses while an order is open, naming the order, and keeps the customer', async () => {
    const { CustomerNumber } = await newCustomer();
    const order = await newOrder(CustomerNumber);
    await expectRefused(
      await remove(`/3/customers/${CustomerNumber}`),
      `order ${order.DocumentNumber}`,
    );
    expect((await f.api(`/3/customers/${CustomerNumber}`)).status).toBe(200);
  });

  it('refuses while an invoice is unpaid, booked or not', async () => {
    const { CustomerNumber } = await newCustomer();
    const invoice = await newInvoice(CustomerNumber);
    await expectRefused(
      await remove(`/3/customers/${CustomerNumber}`),
      `faktura ${invoice.DocumentNumber}`,
    );
    await put(`/3/invoices/${invoice.DocumentNumber}/bookkeep`);
    await expectRefused(
      await remove(`/3/customers/${CustomerNumber}`),
      `faktura ${invoice.DocumentNumber}`,
    );
  });

  it('refuses while the invoice made from an order is unpaid', async () => {
    const { CustomerNumber } = await newCustomer();
    const order = await newOrder(CustomerNumber);
    const invoiced = await put(`/3/orders/${order.DocumentNumber}/createinvoice`);
    expect(invoiced.status).toBe(200);
    await expectRefused(await remove(`/3/customers/${CustomerNumber}`), 'faktura');
  });

  it('deletes once every order is cancelled and every invoice cancelled or fully paid', async () => {
    const { CustomerNumber } = await newCustomer();
    const order = await newOrder(CustomerNumber);
    const cancelled = await newInvoice(CustomerNumber);
    const paid = await newInvoice(CustomerNumber);
    await put(`/3/orders/${order.DocumentNumber}/cancel`);
    await put(`/3/invoices/${cancelled.DocumentNumber}/cancel`);
    await put(`/3/invoices/${paid.DocumentNumber}/bookkeep`);
    const payment = await f.api('/3/invoicepayments', {
      method: 'POST',
      json: { InvoicePayment: { InvoiceNumber: paid.DocumentNumber, Amount: paid.Total } },
    });
    expect(payment.status).toBe(201);
    expect((await remove(`/3/customers/${CustomerNumber}`)).status).toBe(204);
  });

  it('deletes once a booked invoice is credited', async () => {
    const { CustomerNumber } = await newCustomer();
    const invoice = await newInvoice(CustomerNumber);
    await put(`/3/invoices/${invoice.DocumentNumber}/bookkeep`);
    expect((await put(`/3/invoices/${invoice.DocumentNumber}/credit`)).status).toBe(200);
    expect((await remove(`/3/customers/${CustomerNumber}`)).status).toBe(204);
  });
});

describe('deleting an article', () => {
  it('deletes an article that no document uses (204, then 404)', async () => {
    const { ArticleNumber } = await newArticle();
    expect((await remove(`/3/articles/${ArticleNumber}`)).status).toBe(204);
    expect((await f.api(`/3/articles/${ArticleNumber}`)).status).toBe(404);
  });

  it('refuses while an order row uses it, even after the order is cancelled', async () => {
    const { ArticleNumber } = await newArticle();
    const order = await newOrder('1', ArticleNumber);
    await expectRefused(
      await remove(`/3/articles/${ArticleNumber}`),
      `order ${order.DocumentNumber}`,
    );
    await put(`/3/orders/${order.DocumentNumber}/cancel`);
    await expectRefused(
      await remove(`/3/articles/${ArticleNumber}`),
      `order ${order.DocumentNumber}`,
    );
    expect((await f.api(`/3/articles/${ArticleNumber}`)).status).toBe(200);
  });

  it('refuses while an invoice row uses it', async () => {
    const { ArticleNumber } = await newArticle();
    const invoice = await newInvoice('1', ArticleNumber);
    await expectRefused(
      await remove(`/3/articles/${ArticleNumber}`),
      `faktura ${invoice.DocumentNumber}`,
    );
  });
});
