import { describe, expect, it } from 'vitest';
import { errorCode, useEmulator } from '../test-support.js';

const f = useEmulator();

async function newInvoice(extra: object = {}) {
  const res = await f.api('/3/invoices', {
    method: 'POST',
    json: {
      Invoice: {
        CustomerNumber: '1',
        InvoiceRows: [{ ArticleNumber: '1', DeliveredQuantity: 2, Price: 100 }],
        ...extra,
      },
    },
  });
  expect(res.status).toBe(201);
  return (await res.json()).Invoice as {
    DocumentNumber: string;
    Total: number;
    Balance: number;
    OCR: string;
    DueDate: string;
  };
}

const get = async (n: string) => (await (await f.api(`/3/invoices/${n}`)).json()).Invoice;

describe('/3/invoices', () => {
  it('creates an invoice with totals, balance, OCR and a due date from the terms of payment', async () => {
    const invoice = await newInvoice({ InvoiceDate: '2026-03-01', TermsOfPayment: '10' });
    expect(invoice.Total).toBe(250);
    expect(invoice.Balance).toBe(250);
    expect(invoice.OCR).toMatch(/^\d+$/);
    expect(invoice.DueDate).toBe('2026-03-11');
  });

  it('rejects OrderedQuantity on an invoice row (2001399)', async () => {
    const res = await f.api('/3/invoices', {
      method: 'POST',
      json: {
        Invoice: { CustomerNumber: '1', InvoiceRows: [{ ArticleNumber: '1', OrderedQuantity: 1 }] },
      },
    });
    expect(await errorCode(res)).toBe(2001399);
  });

  it('refuses to bookkeep an invoice that is not finalised (2003498)', async () => {
    const { DocumentNumber } = await newInvoice({ NotCompleted: true });
    const res = await f.api(`/3/invoices/${DocumentNumber}/bookkeep`, { method: 'PUT' });
    expect(res.status).toBe(400);
    expect(await errorCode(res)).toBe(2003498);
  });

  it('bookkeeps a finalised invoice and locks it against edits', async () => {
    const { DocumentNumber } = await newInvoice();
    const res = await f.api(`/3/invoices/${DocumentNumber}/bookkeep`, { method: 'PUT' });
    expect((await res.json()).Invoice).toMatchObject({ Booked: true, VoucherSeries: 'B' });
    const put = await f.api(`/3/invoices/${DocumentNumber}`, {
      method: 'PUT',
      json: { Invoice: { Remarks: 'x' } },
    });
    expect(put.status).toBe(400);
  });

  it('rejects the read-only Booked field (2001399)', async () => {
    const { DocumentNumber } = await newInvoice();
    const res = await f.api(`/3/invoices/${DocumentNumber}`, {
      method: 'PUT',
      json: { Invoice: { Booked: true } },
    });
    expect(await errorCode(res)).toBe(2001399);
  });

  it('cancels an unbooked invoice', async () => {
    const { DocumentNumber } = await newInvoice();
    const res = await f.api(`/3/invoices/${DocumentNumber}/cancel`, { method: 'PUT' });
    expect((await res.json()).Invoice.Cancelled).toBe(true);
  });

  it('credits a booked invoice with a linked credit invoice', async () => {
    const { DocumentNumber } = await newInvoice();
    await f.api(`/3/invoices/${DocumentNumber}/bookkeep`, { method: 'PUT' });
    const original = (
      await (await f.api(`/3/invoices/${DocumentNumber}/credit`, { method: 'PUT' })).json()
    ).Invoice;
    const credit = await get(original.CreditInvoiceReference);
    expect(credit).toMatchObject({
      // Fortnox sends Credit as a string ("true"/"false"), as its schema types it.
      Credit: 'true',
      CreditInvoiceReference: DocumentNumber,
      Total: -250,
    });
  });

  it('prints a PDF and sets Sent; preview does not', async () => {
    const { DocumentNumber } = await newInvoice();
    const preview = await f.api(`/3/invoices/${DocumentNumber}/preview`);
    expect(preview.headers.get('content-type')).toBe('application/pdf');
    expect((await get(DocumentNumber)).Sent).toBe(false);
    const print = await f.api(`/3/invoices/${DocumentNumber}/print`);
    expect(new TextDecoder().decode((await print.arrayBuffer()).slice(0, 5))).toBe('%PDF-');
    expect((await get(DocumentNumber)).Sent).toBe(true);
  });

  it('sets Sent on externalprint, email and einvoice', async () => {
    for (const [method, action] of [
      ['PUT', 'externalprint'],
      ['GET', 'email'],
      ['GET', 'einvoice'],
    ] as const) {
      const { DocumentNumber } = await newInvoice();
      const res = await f.api(`/3/invoices/${DocumentNumber}/${action}`, { method });
      expect((await res.json()).Invoice.Sent).toBe(true);
    }
  });

  it('filters unpaid and fully paid invoices', async () => {
    const unpaid = await (await f.api('/3/invoices?filter=unpaid&limit=500')).json();
    expect(unpaid.Invoices.every((i: { Balance: number }) => i.Balance !== 0)).toBe(true);
    const paid = await (await f.api('/3/invoices?filter=fullypaid&limit=500')).json();
    expect(paid.Invoices.every((i: { Balance: number }) => i.Balance === 0)).toBe(true);
  });
});

describe('/3/invoicepayments', () => {
  it('pays a booked invoice down to Balance 0 and sets FinalPayDate', async () => {
    const { DocumentNumber } = await newInvoice();
    await f.api(`/3/invoices/${DocumentNumber}/bookkeep`, { method: 'PUT' });
    const res = await f.api('/3/invoicepayments', {
      method: 'POST',
      json: {
        InvoicePayment: { InvoiceNumber: DocumentNumber, Amount: 250, PaymentDate: '2026-03-05' },
      },
    });
    expect(res.status).toBe(201);
    expect(await get(DocumentNumber)).toMatchObject({ Balance: 0, FinalPayDate: '2026-03-05' });
  });

  it('refuses a payment on an unbooked invoice', async () => {
    const { DocumentNumber } = await newInvoice();
    const res = await f.api('/3/invoicepayments', {
      method: 'POST',
      json: { InvoicePayment: { InvoiceNumber: DocumentNumber, Amount: 10 } },
    });
    expect(res.status).toBe(400);
  });

  it('needs the payment scope', async () => {
    const { accessToken } = f.emulator.issueTokens({
      clientId: f.clientId,
      tenantId: f.tenantId,
      scopes: ['invoice'],
    });
    const res = await f.api('/3/invoicepayments', {
      headers: { Authorization: `Bearer ${accessToken}` },
    });
    expect(res.status).toBe(403);
  });
});

describe('invoice list parameters', () => {
  it('filters by fromdate and todate on InvoiceDate', async () => {
    await newInvoice({ InvoiceDate: '2020-01-15' });
    const body = await (await f.api('/3/invoices?fromdate=2020-01-01&todate=2020-01-31')).json();
    expect(body.Invoices.map((i: { InvoiceDate: string }) => i.InvoiceDate)).toEqual([
      '2020-01-15',
    ]);
  });

  it('returns invoices changed since lastmodified', async () => {
    f.emulator.control.advanceClock(120_000);
    const { DocumentNumber } = await newInvoice();
    const stamp = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Stockholm',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    }).format(f.emulator.clock.now());
    const body = await (
      await f.api(`/3/invoices?lastmodified=${encodeURIComponent(stamp)}`)
    ).json();
    expect(body.Invoices.map((i: { DocumentNumber: string }) => i.DocumentNumber)).toEqual([
      DocumentNumber,
    ]);
  });

  it('rejects lastmodified where Fortnox does not support it (2000588)', async () => {
    const res = await f.api('/3/prices?lastmodified=2026-01-01');
    expect(res.status).toBe(400);
    expect(await errorCode(res)).toBe(2000588);
  });
});
