import { ocrFor } from '../domain/ocr.js';
import { documentTotals, rowTotal } from '../domain/totals.js';
import type { ArticleRecord } from '../schemas/article.js';
import { priceKey } from '../schemas/code-registers.js';
import type { CustomerRecord } from '../schemas/customer.js';
import type { DocumentRow, InvoiceRecord, OrderRecord } from '../schemas/documents.js';
import type { Tenant } from '../store/tenant.js';
import { addDays, stockholmDate } from '../time.js';
import { createRandom, luhnDigit, type Random } from './random.js';
import {
  asciiFold,
  CITIES,
  COMPANY_FORMS,
  COMPANY_PREFIXES,
  COMPANY_TRADES,
  FIRST_NAMES,
  GOODS,
  LAST_NAMES,
  SERVICES,
  STREETS,
} from './swedish-words.js';

/** Registers the seed fills with `size` records each. */
export type SeedRegister =
  | 'customers'
  | 'articles'
  | 'orders'
  | 'invoices'
  | 'employees'
  | 'attendanceTransactions';

/** How many records to seed: one number for every register, or per register. */
export type SeedSize = number | Partial<Record<SeedRegister, number>>;

const DAY = 86_400_000;

/**
 * Fills `tenant` with a realistic Swedish dataset that depends only on `seed` and `size`
 * (and `now`, for dates): the code registers, then customers, articles with prices,
 * orders, invoices, employees and attendance.
 */
export function seedTenant(tenant: Tenant, seed: number, size: SeedSize, now: number): void {
  const count = (register: SeedRegister) =>
    typeof size === 'number' ? size : (size[register] ?? 10);
  const random = createRandom(seed * 7919 + tenant.tenantId);
  const past = () => now - random.int(1, 90) * DAY;
  seedCodeRegisters(tenant, now);
  const priceDate = stockholmDate(now - 100 * DAY);
  for (let i = 1; i <= count('customers'); i++) {
    tenant.customers.set(String(i), makeCustomer(random, i), past());
  }
  for (let i = 1; i <= count('articles'); i++) {
    const { article, price } = makeArticle(random, i);
    tenant.articles.set(article.ArticleNumber, article, past());
    tenant.prices.set(
      priceKey('A', article.ArticleNumber, 0),
      {
        PriceList: 'A',
        ArticleNumber: article.ArticleNumber,
        FromQuantity: 0,
        Price: price,
        Percent: 0,
        Date: priceDate,
      },
      now,
    );
  }
  seedDocuments(tenant, random, count('orders'), count('invoices'), now, past);
  for (let i = 1; i <= count('employees'); i++) {
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    tenant.employees.set(
      String(i),
      {
        EmployeeId: String(i),
        FirstName: first,
        LastName: last,
        Email: `${asciiFold(first)}.${asciiFold(last)}@exempel.se`,
        JobTitle: 'Tekniker',
        Inactive: false,
        HourlyPay: random.int(180, 320),
        CostCenter: 'SERV',
      },
      past(),
    );
  }
  const employees = count('employees');
  for (let i = 1; employees > 0 && i <= count('attendanceTransactions'); i++) {
    const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    tenant.attendanceTransactions.set(
      id,
      {
        id,
        EmployeeId: String(random.int(1, employees)),
        CauseCode: 'TID',
        Date: stockholmDate(now - random.int(1, 60) * DAY),
        Hours: random.int(2, 8),
      },
      past(),
    );
  }
}

function seedCodeRegisters(tenant: Tenant, now: number): void {
  const set = <T extends object>(
    register: { set(k: string, r: T, n: number): void },
    rows: T[],
    key: (r: T) => string,
  ) => {
    for (const row of rows) register.set(key(row), row, now);
  };
  set(
    tenant.units,
    [
      { Code: 'st', Description: 'Styck' },
      { Code: 'h', Description: 'Timmar' },
      { Code: 'm', Description: 'Meter' },
      { Code: 'kg', Description: 'Kilogram' },
      { Code: 'l', Description: 'Liter' },
      { Code: 'paket', Description: 'Paket' },
      { Code: 'km', Description: 'Kilometer' },
    ],
    (r) => r.Code,
  );
  set(
    tenant.costCenters,
    [
      { Code: 'ADM', Description: 'Administration', Active: true },
      { Code: 'SERV', Description: 'Service', Active: true },
      { Code: 'PROJ', Description: 'Projekt', Active: true },
      { Code: 'GAMMAL', Description: 'Nedlagd avdelning', Active: false },
    ],
    (r) => r.Code,
  );
  set(
    tenant.termsOfPayment,
    [
      { Code: '10', Description: '10 dagar netto', NumberOfDays: 10 },
      { Code: '20', Description: '20 dagar netto', NumberOfDays: 20 },
      { Code: '30', Description: '30 dagar netto', NumberOfDays: 30 },
      { Code: 'K', Description: 'Kontant', NumberOfDays: 0 },
    ],
    (r) => r.Code,
  );
  set(
    tenant.termsOfDelivery,
    [
      { Code: 'FVL', Description: 'Fritt vårt lager' },
      { Code: 'FK', Description: 'Fritt kund' },
    ],
    (r) => r.Code,
  );
  set(
    tenant.waysOfDelivery,
    [
      { Code: 'P', Description: 'Post' },
      { Code: 'BIL', Description: 'Egen bil' },
      { Code: 'HAM', Description: 'Hämtas' },
    ],
    (r) => r.Code,
  );
  set(
    tenant.priceLists,
    [
      { Code: 'A', Description: 'Standardprislista', PreSelected: true },
      { Code: 'B', Description: 'Återförsäljare', PreSelected: false },
    ],
    (r) => r.Code,
  );
}

function orgNumber(random: Random): string {
  const body = `55${random.int(1000000, 9999999)}`;
  return `${body.slice(0, 6)}-${body.slice(6)}${luhnDigit(body)}`;
}

function makeCustomer(random: Random, n: number): CustomerRecord {
  const place = random.pick(CITIES);
  const isCompany = random.chance(0.8);
  const first = random.pick(FIRST_NAMES);
  const last = random.pick(LAST_NAMES);
  const name = isCompany
    ? `${random.pick(COMPANY_PREFIXES)} ${random.pick(COMPANY_TRADES)} ${random.pick(COMPANY_FORMS)}`
    : `${first} ${last}`;
  const domain = isCompany ? `${asciiFold(name).slice(0, 20)}.se` : 'exempel.se';
  return {
    CustomerNumber: String(n),
    Name: name,
    Type: isCompany ? 'COMPANY' : 'PRIVATE',
    OrganisationNumber: isCompany ? orgNumber(random) : '',
    Address1: `${random.pick(STREETS)} ${random.int(1, 120)}`,
    ZipCode: `${place.zip} ${random.int(10, 99)}`,
    City: place.city,
    Email: `${asciiFold(first)}.${asciiFold(last)}@${domain}`,
    Phone1: `${place.phone}-${random.int(100000, 999999)}`,
    YourReference: isCompany ? `${first} ${last}` : '',
    TermsOfPayment: random.pick(['10', '20', '30']),
    Active: random.chance(0.95),
  };
}

function makeArticle(random: Random, n: number): { article: ArticleRecord; price: number } {
  if (random.chance(0.2)) {
    return {
      article: {
        ArticleNumber: String(n),
        Description: random.pick(SERVICES),
        Unit: 'h',
        Type: 'SERVICE',
      },
      price: random.int(45, 95) * 10,
    };
  }
  const goods = random.pick(GOODS);
  const price = random.int(goods.price[0], goods.price[1]);
  return {
    article: {
      ArticleNumber: String(n),
      Description: `${goods.name} ${random.pick(goods.variants)}`,
      Unit: goods.unit,
      Type: 'STOCK',
      PurchasePrice: Math.round(price * 0.6),
      QuantityInStock: random.int(0, 500),
      EAN: `73${String(random.int(10000000000, 99999999999)).padStart(11, '0')}`,
    },
    price,
  };
}

function seedDocuments(
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
