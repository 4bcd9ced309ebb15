import { ocrFor } from '../domain/ocr.js';
import { documentTotals, rowTotal } from '../domain/totals.js';
import type { ArticleRecord } from '../schemas/article.js';
import { priceKey } from '../schemas/code-registers.js';
import type { CustomerRecord } from '../schemas/customer.js';
import type { DocumentRow, InvoiceRecord, OrderRecord } from '../schemas/documents.js';
import type { Tenant } from '../store/tenant.js';
import { addDays, stockholmDate } from '../time.js';
import type { Random } from './random.js';

const DAY = 86_400_000;

/** Orders and invoices (some booked, some paid) over the seeded customers and articles. */
export function seedDocuments(
  tenant: Tenant,
  random: Random,
  orders: number,
  invoices: number,
  now: number,
  past: () => number,
): void {
  const customers = tenant.customers.size;
  const articles = tenant.articles.size;
  if (customers === 0 || articles === 0) return;
  const rows = (): DocumentRow[] =>
    Array.from({ length: random.int(1, 3) }, (_, i) => {
      const article = tenant.articles.get(String(random.int(1, articles))) as ArticleRecord;
      const qty = random.int(1, 10);
      const price = tenant.prices.get(priceKey('A', article.ArticleNumber, 0))?.Price ?? 100;
      const row = {
        RowId: i + 1,
        ArticleNumber: article.ArticleNumber,
        Description: article.Description,
        OrderedQuantity: qty,
        DeliveredQuantity: qty,
        Price: price,
        Unit: article.Unit ?? 'st',
        VAT: 25,
        AccountNumber: 3001,
        Total: 0,
      };
      row.Total = rowTotal(row);
      return row;
    });
  for (let i = 1; i <= orders; i++) {
    const customer = tenant.customers.get(String(random.int(1, customers))) as CustomerRecord;
    const orderRows = rows();
    const date = stockholmDate(now - random.int(1, 60) * DAY);
    const order: OrderRecord = {
      DocumentNumber: String(i),
      CustomerNumber: customer.CustomerNumber,
      CustomerName: customer.Name,
      OrderDate: date,
      DeliveryDate: date,
      OrderRows: orderRows,
      Cancelled: false,
      Sent: false,
      InvoiceReference: '0',
      OrderType: 'Order',
      Freight: 0,
      VATIncluded: false,
      Currency: 'SEK',
      ...documentTotals(orderRows, 0, false),
    };
    tenant.orders.set(order.DocumentNumber, order, past());
  }
  for (let i = 1; i <= invoices; i++) {
    const customer = tenant.customers.get(String(random.int(1, customers))) as CustomerRecord;
    const invoiceRows = rows();
    const totals = documentTotals(invoiceRows, 0, false);
    const date = stockholmDate(now - random.int(1, 60) * DAY);
    const booked = random.chance(0.6);
    const paid = booked && random.chance(0.5);
    const invoice: InvoiceRecord = {
      DocumentNumber: String(i),
      CustomerNumber: customer.CustomerNumber,
      CustomerName: customer.Name,
      InvoiceDate: date,
      DueDate: addDays(date, 30),
      TermsOfPayment: '30',
      OCR: ocrFor(String(i)),
      InvoiceRows: invoiceRows,
      InvoiceType: 'INVOICE',
      Cancelled: false,
      Sent: booked,
      Booked: booked,
      Credit: false,
      CreditInvoiceReference: '0',
      OrderReference: '0',
      Balance: paid ? 0 : totals.Total,
      FinalPayDate: paid ? addDays(date, 10) : null,
      VoucherNumber: null,
      VoucherSeries: null,
      VoucherYear: null,
      Freight: 0,
      VATIncluded: false,
      Currency: 'SEK',
      ...totals,
    };
    tenant.invoices.set(invoice.DocumentNumber, invoice, past());
  }
}
