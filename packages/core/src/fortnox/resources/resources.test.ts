import { describe, expect, it } from 'vitest';
import { useClientFixture } from '../../client/client-fixture.test-support.js';
import { isFortnoxApiError } from '../../errors/fortnox-api-error.js';

const f = useClientFixture({ size: 6 });
const PDF_MAGIC = '%PDF';
const pdfHead = (bytes: Uint8Array) => new TextDecoder().decode(bytes.slice(0, 4));
const statusOf = (e: unknown) => (isFortnoxApiError(e) ? e.status : undefined);
const lastRequest = () => f.apiRequests().at(-1);

async function newInvoice() {
  return f.client.invoices.create({
    CustomerNumber: '1',
    InvoiceRows: [{ ArticleNumber: '1', DeliveredQuantity: 2, Price: 100 }],
  });
}

describe('customers', () => {
  it('list', async () => {
    const all = await f.client.customers.list({ sortBy: 'name' }).toArray();
    expect(all).toHaveLength(6);
  });
  it('get', async () => {
    expect((await f.client.customers.get('2')).CustomerNumber).toBe('2');
  });
  it('create', async () => {
    const c = await f.client.customers.create({ Name: 'Åkeri & Söner AB', City: 'Umeå' });
    expect(c).toMatchObject({ Name: 'Åkeri & Söner AB', City: 'Umeå' });
  });
  it('update', async () => {
    expect((await f.client.customers.update('2', { City: 'Luleå' })).City).toBe('Luleå');
  });
  it('delete', async () => {
    // A customer with open orders or invoices cannot be deleted; a new one has none.
    const c = await f.client.customers.create({ Name: 'Tillfällig kund' });
    await f.client.customers.delete(c.CustomerNumber);
    expect(statusOf(await f.client.customers.get(c.CustomerNumber).catch((e: unknown) => e))).toBe(
      404,
    );
  });
});

describe('articles', () => {
  it('list', async () => {
    expect((await f.client.articles.list({ filter: 'active' }).toArray()).length).toBeGreaterThan(
      0,
    );
  });
  it('get', async () => {
    expect((await f.client.articles.get('1')).ArticleNumber).toBe('1');
  });
  it('create', async () => {
    const a = await f.client.articles.create({
      ArticleNumber: 'SRV-1',
      Description: 'Servicetimme',
      Unit: 'h',
    });
    expect(a).toMatchObject({ ArticleNumber: 'SRV-1', Unit: 'h' });
  });
  it('update', async () => {
    expect((await f.client.articles.update('1', { Description: 'Ny text' })).Description).toBe(
      'Ny text',
    );
  });
  it('delete', async () => {
    const a = await f.client.articles.create({ Description: 'Tillfällig' });
    await f.client.articles.delete(a.ArticleNumber);
    expect(statusOf(await f.client.articles.get(a.ArticleNumber).catch((e: unknown) => e))).toBe(
      404,
    );
  });
});

describe('price lists', () => {
  it('list', async () => {
    expect((await f.client.priceLists.list().toArray()).map((p) => p.Code)).toContain('A');
  });
  it('get', async () => {
    expect((await f.client.priceLists.get('B')).Description).toBe('Återförsäljare');
  });
  it('create', async () => {
    expect((await f.client.priceLists.create({ Code: 'C', Description: 'Kampanj' })).Code).toBe(
      'C',
    );
  });
  it('update', async () => {
    expect((await f.client.priceLists.update('B', { Description: 'Partner' })).Description).toBe(
      'Partner',
    );
  });
});

describe('prices', () => {
  it('list', async () => {
    expect((await f.client.prices.list().toArray()).length).toBeGreaterThan(0);
  });
  it('listForArticle', async () => {
    const prices = await f.client.prices.listForArticle('A', '1').toArray();
    expect(prices.every((p) => p.ArticleNumber === '1')).toBe(true);
    expect(prices.length).toBeGreaterThan(0);
  });
  it('get', async () => {
    expect((await f.client.prices.get({ priceList: 'A', articleNumber: '1' })).PriceList).toBe('A');
  });
  it('create', async () => {
    const p = await f.client.prices.create({
      PriceList: 'B',
      ArticleNumber: '1',
      FromQuantity: 0,
      Price: 80,
    });
    expect(p.Price).toBe(80);
  });
  it('update', async () => {
    expect(
      (await f.client.prices.update({ priceList: 'A', articleNumber: '1' }, { Price: 123.5 }))
        .Price,
    ).toBe(123.5);
  });
  it('delete', async () => {
    await f.client.prices.create({
      PriceList: 'B',
      ArticleNumber: '2',
      FromQuantity: 10,
      Price: 50,
    });
    await f.client.prices.delete({ priceList: 'B', articleNumber: '2', fromQuantity: 10 });
    const error = await f.client.prices
      .get({ priceList: 'B', articleNumber: '2', fromQuantity: 10 })
      .catch((e: unknown) => e);
    expect(statusOf(error)).toBe(404);
  });
});

describe('orders', () => {
  const create = () =>
    f.client.orders.create({
      CustomerNumber: '1',
      ExternalInvoiceReference1: 'job-42',
      OrderRows: [{ ArticleNumber: '1', OrderedQuantity: 2, DeliveredQuantity: 2, Price: 100 }],
    });
  it('list', async () => {
    await create();
    const found = await f.client.orders
      .list({ search: { externalinvoicereference1: 'job-42' } })
      .toArray();
    expect(found).toHaveLength(1);
  });
  it('get', async () => {
    const order = await create();
    expect((await f.client.orders.get(order.DocumentNumber)).OrderRows).toHaveLength(1);
  });
  it('create', async () => {
    const order = await create();
    expect(order).toMatchObject({ CustomerNumber: '1', ExternalInvoiceReference1: 'job-42' });
    expect(order.Total).toBeGreaterThan(0);
  });
  it('update', async () => {
    const order = await create();
    expect(
      (await f.client.orders.update(order.DocumentNumber, { Remarks: 'Utfört enligt avtal' }))
        .Remarks,
    ).toBe('Utfört enligt avtal');
  });
  it('createInvoice', async () => {
    const order = await create();
    const invoice = await f.client.orders.createInvoice(order.DocumentNumber);
    expect(invoice.OrderReference).toBe(order.DocumentNumber);
    expect((await f.client.orders.get(order.DocumentNumber)).InvoiceReference).toBe(
      invoice.DocumentNumber,
    );
  });
  it('cancel', async () => {
    const order = await create();
    expect((await f.client.orders.cancel(order.DocumentNumber)).Cancelled).toBe(true);
  });
  it('preview', async () => {
    const order = await create();
    expect(pdfHead(await f.client.orders.preview(order.DocumentNumber))).toBe(PDF_MAGIC);
    expect((await f.client.orders.get(order.DocumentNumber)).Sent).toBe(false);
  });
});

describe('invoices', () => {
  it('list', async () => {
    const unpaid = await f.client.invoices.list({ filter: 'unpaid' }).toArray();
    expect(unpaid.every((i) => i.Balance !== 0)).toBe(true);
  });
  it('get', async () => {
    const invoice = await newInvoice();
    expect((await f.client.invoices.get(invoice.DocumentNumber)).InvoiceRows).toHaveLength(1);
  });
  it('create', async () => {
    const invoice = await newInvoice();
    expect(invoice).toMatchObject({ CustomerNumber: '1', Booked: false, Sent: false });
  });
  it('update', async () => {
    const invoice = await newInvoice();
    expect(
      (await f.client.invoices.update(invoice.DocumentNumber, { Remarks: 'Tack!' })).Remarks,
    ).toBe('Tack!');
  });
  it('bookkeep', async () => {
    const invoice = await newInvoice();
    expect((await f.client.invoices.bookkeep(invoice.DocumentNumber)).Booked).toBe(true);
  });
  it('cancel', async () => {
    const invoice = await newInvoice();
    expect((await f.client.invoices.cancel(invoice.DocumentNumber)).Cancelled).toBe(true);
  });
  it('credit', async () => {
    const invoice = await newInvoice();
    await f.client.invoices.bookkeep(invoice.DocumentNumber);
    const credited = await f.client.invoices.credit(invoice.DocumentNumber);
    expect(credited.CreditInvoiceReference).toMatch(/^\d+$/);
    expect(credited.CreditInvoiceReference).not.toBe('0');
  });
  it('email', async () => {
    await f.client.customers.update('1', { EmailInvoice: 'faktura@example.se' });
    const invoice = await newInvoice();
    expect((await f.client.invoices.email(invoice.DocumentNumber)).Sent).toBe(true);
  });
  it('eprint', async () => {
    const invoice = await newInvoice();
    expect((await f.client.invoices.eprint(invoice.DocumentNumber)).Sent).toBe(true);
  });
  it('einvoice', async () => {
    const invoice = await newInvoice();
    expect((await f.client.invoices.einvoice(invoice.DocumentNumber)).Sent).toBe(true);
  });
  it('externalPrint', async () => {
    const invoice = await newInvoice();
    expect((await f.client.invoices.externalPrint(invoice.DocumentNumber)).Sent).toBe(true);
  });
  it('preview returns the PDF without marking the invoice sent (never /print)', async () => {
    const invoice = await newInvoice();
    expect(pdfHead(await f.client.invoices.preview(invoice.DocumentNumber))).toBe(PDF_MAGIC);
    expect(f.apiRequests().some((r) => r.path.endsWith('/print'))).toBe(false);
    expect((await f.client.invoices.get(invoice.DocumentNumber)).Sent).toBe(false);
  });
});

describe('invoice payments', () => {
  const pay = async () => {
    const invoice = await newInvoice();
    await f.client.invoices.bookkeep(invoice.DocumentNumber);
    return f.client.invoicePayments.create({
      InvoiceNumber: invoice.DocumentNumber,
      Amount: 50,
      PaymentDate: '2026-01-05',
    });
  };
  it('list', async () => {
    const payment = await pay();
    const all = await f.client.invoicePayments.list().toArray();
    expect(all.map((p) => p.Number)).toContain(payment.Number);
  });
  it('get', async () => {
    const payment = await pay();
    expect((await f.client.invoicePayments.get(payment.Number)).Amount).toBe(50);
  });
  it('create', async () => {
    const payment = await pay();
    expect(payment).toMatchObject({ Amount: 50, Booked: false });
  });
  it('bookkeep', async () => {
    const payment = await pay();
    expect((await f.client.invoicePayments.bookkeep(payment.Number)).Booked).toBe(true);
  });
  it('delete', async () => {
    const payment = await pay();
    await f.client.invoicePayments.delete(payment.Number);
    expect(
      statusOf(await f.client.invoicePayments.get(payment.Number).catch((e: unknown) => e)),
    ).toBe(404);
  });
});

describe('cost centers', () => {
  it('list', async () => {
    expect((await f.client.costCenters.list().toArray()).map((c) => c.Code)).toContain('SERV');
  });
  it('get', async () => {
    expect((await f.client.costCenters.get('GAMMAL')).Active).toBe(false);
  });
  it('create', async () => {
    expect((await f.client.costCenters.create({ Code: 'NORR', Description: 'Norr' })).Code).toBe(
      'NORR',
    );
  });
  it('rejects a code longer than 6 characters before sending', async () => {
    await expect(
      f.client.costCenters.create({ Code: 'SJUTECK', Description: 'x' }),
    ).rejects.toMatchObject({
      field: 'CostCenter.Code',
    });
  });
  it('update', async () => {
    expect((await f.client.costCenters.update('ADM', { Note: 'Kontoret' })).Note).toBe('Kontoret');
  });
  it('delete', async () => {
    await f.client.costCenters.delete('PROJ');
    expect(statusOf(await f.client.costCenters.get('PROJ').catch((e: unknown) => e))).toBe(404);
  });
});

describe('units', () => {
  it('list', async () => {
    expect((await f.client.units.list().toArray()).map((u) => u.Code)).toContain('h');
  });
  it('get', async () => {
    expect((await f.client.units.get('st')).Description).toBe('Styck');
  });
  it('create', async () => {
    expect((await f.client.units.create({ Code: 'dag', Description: 'Dag' })).Code).toBe('dag');
  });
  it('update', async () => {
    expect((await f.client.units.update('h', { Description: 'Timme' })).Description).toBe('Timme');
  });
  it('delete', async () => {
    await f.client.units.delete('km');
    expect(statusOf(await f.client.units.get('km').catch((e: unknown) => e))).toBe(404);
  });
});

describe('terms of delivery', () => {
  it('list', async () => {
    expect((await f.client.termsOfDelivery.list().toArray()).map((t) => t.Code)).toEqual(
      expect.arrayContaining(['FVL', 'FK']),
    );
  });
  it('get', async () => {
    expect((await f.client.termsOfDelivery.get('FK')).Description).toBe('Fritt kund');
  });
  it('create', async () => {
    expect(
      (await f.client.termsOfDelivery.create({ Code: 'EXW', Description: 'Ex works' })).Code,
    ).toBe('EXW');
  });
  it('update', async () => {
    expect(
      (await f.client.termsOfDelivery.update('FK', { Description: 'Fritt hos kund' })).Description,
    ).toBe('Fritt hos kund');
  });
});

describe('ways of delivery', () => {
  it('list', async () => {
    expect((await f.client.waysOfDelivery.list().toArray()).map((w) => w.Code)).toContain('BIL');
  });
  it('get', async () => {
    expect((await f.client.waysOfDelivery.get('HAM')).Description).toBe('Hämtas');
  });
  it('create', async () => {
    expect((await f.client.waysOfDelivery.create({ Code: 'BUD', Description: 'Bud' })).Code).toBe(
      'BUD',
    );
  });
  it('update', async () => {
    expect(
      (await f.client.waysOfDelivery.update('P', { Description: 'PostNord' })).Description,
    ).toBe('PostNord');
  });
});

describe('terms of payment', () => {
  it('list', async () => {
    expect((await f.client.termsOfPayment.list().toArray()).map((t) => t.Code)).toContain('30');
  });
  it('get', async () => {
    expect((await f.client.termsOfPayment.get('20')).Description).toBe('20 dagar netto');
  });
  it('create', async () => {
    const created = await f.client.termsOfPayment.create({ Code: '45', Description: '45 dagar' });
    expect(created).toEqual({
      '@url': expect.stringContaining('/3/termsofpayments/45'),
      Code: '45',
      Description: '45 dagar',
    });
  });
  it('update', async () => {
    expect(
      (await f.client.termsOfPayment.update('10', { Description: 'Tio dagar' })).Description,
    ).toBe('Tio dagar');
  });
});

describe('employees', () => {
  it('lists employees from the Employees key with first and last names', async () => {
    const all = await f.client.employees.list().toArray();
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((e) => Boolean(e.FirstName) && Boolean(e.LastName))).toBe(true);
  });
  it('get', async () => {
    expect((await f.client.employees.get('1')).EmployeeId).toBe('1');
  });
  it('create', async () => {
    const e = await f.client.employees.create({
      EmployeeId: 'T77',
      FirstName: 'Åsa',
      LastName: 'Öberg',
    });
    expect(e).toMatchObject({ EmployeeId: 'T77', FirstName: 'Åsa' });
  });
  it('update', async () => {
    expect((await f.client.employees.update('1', { JobTitle: 'Servicetekniker' })).JobTitle).toBe(
      'Servicetekniker',
    );
  });
});

describe('attendance transactions', () => {
  const create = () =>
    f.client.attendanceTransactions.create({
      EmployeeId: '1',
      CauseCode: 'TID',
      Date: '2026-01-05',
      Hours: 7.5,
    });
  it('list', async () => {
    const t = await create();
    const found = await f.client.attendanceTransactions.list({ employeeId: '1' }).toArray();
    expect(found.map((x) => x.id)).toContain(t.id);
  });
  it('get', async () => {
    const t = await create();
    expect((await f.client.attendanceTransactions.get(t.id as string)).Hours).toBe(7.5);
  });
  it('create', async () => {
    const t = await create();
    expect(t.id).toBeTruthy();
    expect(f.apiRequests().at(-1)?.method).toBe('POST');
  });
  it('update', async () => {
    const t = await create();
    expect((await f.client.attendanceTransactions.update(t.id as string, { Hours: 8 })).Hours).toBe(
      8,
    );
  });
  it('delete', async () => {
    const t = await create();
    await f.client.attendanceTransactions.delete(t.id as string);
    expect(
      statusOf(await f.client.attendanceTransactions.get(t.id as string).catch((e: unknown) => e)),
    ).toBe(404);
  });
});

describe('company information', () => {
  it('get', async () => {
    const info = await f.client.companyInformation.get();
    expect(info.DatabaseNumber).toBe(String(f.tenantId));
    expect(lastRequest()?.path).toBe('/3/companyinformation');
  });
});
