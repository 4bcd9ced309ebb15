import { describe, expect, it } from 'vitest';
import { useEmulator } from '../../test-support.js';
import type { FieldRow, FieldTable, FieldType } from './define-field-table.js';
import * as tables from './index.js';
import { sampleWrite } from './sample-values.js';

const f = useEmulator();

type Json = Record<string, unknown>;

/** Whether `value` is what Fortnox sends for `type`. */
function hasType(type: FieldType, value: unknown): boolean {
  switch (type) {
    case 'decimal':
      return typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value);
    case 'number':
    case 'integer':
      return typeof value === 'number' || value === 'API_NORIGHT';
    case 'boolean':
      return typeof value === 'boolean';
    case 'boolean-string':
      return value === 'true' || value === 'false';
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    default:
      return typeof value === 'string';
  }
}

/** Fields whose value is missing or of another type than documented (null: only read-only). */
function typeMismatches(fields: Readonly<Record<string, FieldRow>>, record: Json): string[] {
  return Object.entries(fields)
    .filter(([name, [type, access]]) => {
      const value = record[name];
      if (value === null) return access === 'w';
      return !hasType(type, value);
    })
    .map(([name, [type]]) => `${name}: ${type} ≠ ${JSON.stringify(record[name])}`);
}

interface Case {
  table: FieldTable;
  overrides?: Json;
  /** The GET path of the created record. */
  path(created: Json): string;
  /** Creates what the record needs (a booked invoice for a payment); returns fields. */
  prepare?(): Promise<Json>;
}

const rowsOf = (t: FieldTable, key: string) =>
  sampleWrite(t.nested?.[key] ?? {}, { RowId: undefined, VAT: 25, Discount: 0 });

const CASES: Case[] = [
  {
    table: tables.customerFields,
    overrides: { CustomerNumber: 'K900', Name: 'Prov AB', Type: 'COMPANY' },
    path: (c) => `customers/${c.CustomerNumber}`,
  },
  {
    table: tables.articleFields,
    overrides: { ArticleNumber: 'A900', Type: 'STOCK' },
    path: (a) => `articles/${a.ArticleNumber}`,
  },
  {
    table: tables.orderFields,
    overrides: {
      DocumentNumber: '9000',
      OrderRows: [rowsOf(tables.orderFields, 'OrderRows')],
      EmailInformation: sampleWrite(tables.orderFields.nested.EmailInformation),
    },
    path: (o) => `orders/${o.DocumentNumber}`,
  },
  {
    table: tables.invoiceFields,
    overrides: {
      DocumentNumber: '9000',
      InvoiceRows: [rowsOf(tables.invoiceFields, 'InvoiceRows')],
      EmailInformation: sampleWrite(tables.invoiceFields.nested.EmailInformation),
      EDIInformation: sampleWrite(tables.invoiceFields.nested.EDIInformation),
    },
    path: (i) => `invoices/${i.DocumentNumber}`,
  },
  {
    table: tables.employeeFields,
    overrides: { EmployeeId: 'E900' },
    path: (e) => `employees/${e.EmployeeId}`,
  },
  { table: tables.attendanceTransactionFields, path: (a) => `attendancetransactions/${a.id}` },
  {
    table: tables.priceFields,
    overrides: { PriceList: 'B', FromQuantity: 5 },
    path: (p) => `prices/${p.PriceList}/${p.ArticleNumber}/${p.FromQuantity}`,
  },
  {
    table: tables.invoicePaymentFields,
    overrides: { Amount: 1, AmountCurrency: 1, CurrencyRate: 1, ModeOfPayment: 'BG' },
    prepare: async () => {
      const res = await f.api('/3/invoices', {
        method: 'POST',
        json: {
          Invoice: {
            CustomerNumber: '1',
            InvoiceRows: [{ ArticleNumber: '1', DeliveredQuantity: 1, Price: 100 }],
          },
        },
      });
      const n = (await res.json()).Invoice.DocumentNumber as string;
      await f.api(`/3/invoices/${n}/bookkeep`, { method: 'PUT' });
      return { InvoiceNumber: n };
    },
    path: (p) => `invoicepayments/${p.Number}`,
  },
  {
    table: tables.costCenterFields,
    overrides: { Code: 'C9' },
    path: (r) => `costcenters/${r.Code}`,
  },
  { table: tables.unitFields, overrides: { Code: 'u9' }, path: (r) => `units/${r.Code}` },
  {
    table: tables.termsOfPaymentFields,
    overrides: { Code: '45' },
    path: (r) => `termsofpayments/${r.Code}`,
  },
  {
    table: tables.termsOfDeliveryFields,
    overrides: { Code: 'T9' },
    path: (r) => `termsofdeliveries/${r.Code}`,
  },
  {
    table: tables.wayOfDeliveryFields,
    overrides: { Code: 'W9' },
    path: (r) => `wayofdeliveries/${r.Code}`,
  },
  { table: tables.priceListFields, overrides: { Code: 'C' }, path: (r) => `pricelists/${r.Code}` },
];

describe.each(CASES)('$table.resource follows the field table', (c) => {
  const { table } = c;

  async function create(): Promise<Json> {
    const extra = c.prepare ? await c.prepare() : {};
    const body = sampleWrite(table.fields, { ...c.overrides, ...extra });
    const res = await f.api(`/3/${table.resource}`, {
      method: 'POST',
      json: { [table.wrapper]: body },
    });
    const created = (await res.json()) as Json;
    expect(res.status, JSON.stringify(created)).toBe(201);
    return created[table.wrapper] as Json;
  }

  it('creates with every documented writable field and GETs every field with its type', async () => {
    const created = await create();
    const read = (await (await f.api(`/3/${c.path(created)}`)).json()) as Json;
    const record = read[table.wrapper] as Json;
    expect(Object.keys(record)).toEqual(Object.keys(table.fields));
    expect(typeMismatches(table.fields, record)).toEqual([]);
    for (const [name, nested] of Object.entries(table.nested ?? {})) {
      const value = record[name];
      for (const inner of Array.isArray(value) ? value : [value]) {
        expect(Object.keys(inner as Json)).toEqual(Object.keys(nested));
        expect(typeMismatches(nested, inner as Json)).toEqual([]);
      }
    }
  });

  it('lists under the documented key with the documented item fields and types', async () => {
    await create();
    const list = (await (await f.api(`/3/${table.resource}?limit=5`)).json()) as Json;
    const items = list[table.listKey as string] as Json[];
    expect(items.length).toBeGreaterThan(0);
    const types = table.listItem
      ? Object.entries(table.listItem)
      : Object.entries(table.fields).map(([n, [t]]) => [n, t] as const);
    // Seeded records leave fields unset, so null is fine in a list item (as if read-only).
    const asRead = Object.fromEntries(types.map(([n, t]) => [n, [t, 'r'] as const]));
    for (const item of items) {
      expect(Object.keys(item)).toEqual(Object.keys(asRead));
      expect(typeMismatches(asRead, item)).toEqual([]);
    }
  });
});

describe('companyinformation follows the field table', () => {
  it('GETs every documented field with its type and nothing else', async () => {
    const table = tables.companyInformationFields;
    const record = ((await (await f.api('/3/companyinformation')).json()) as Json)
      .CompanyInformation as Json;
    expect(Object.keys(record)).toEqual(Object.keys(table.fields));
    expect(typeMismatches(table.fields, record)).toEqual([]);
  });
});
