import { describe, expect, it } from 'vitest';
import { createFortnoxEmulator } from '../emulator.test-support.js';
import { checkWriteRules } from './check-write-rules.js';
import { FORTNOX_WRITE_RULES, type WriteRule, type WrittenResource } from './write-rules.js';

// Proves the core rule table equal to the emulator's write validation (decisions/105): every
// field of FORTNOX_WRITE_RULES is written to the emulator with values on both sides of its
// rule, and core must call each one valid exactly when the emulator takes it.

const emulator = createFortnoxEmulator({ rules: { rateLimit: false } });
const { tenantId } = emulator.createTenant({ seed: 3, size: 5 });
const { clientId } = emulator.registerClient();
const { accessToken } = emulator.issueTokens({ clientId, tenantId });
const tenant = emulator.db.tenant(tenantId);
const firstCode = (register: { values(): IterableIterator<{ Code: string }> }) =>
  register.values().next().value?.Code as string;

// Fields that name a record of a register: their valid probe must be a code that exists.
const EXISTING: Record<string, string> = {
  CostCenter: firstCode(tenant.costCenters),
  Unit: firstCode(tenant.units),
  PriceList: firstCode(tenant.priceLists),
  TermsOfDelivery: firstCode(tenant.termsOfDelivery),
  WayOfDelivery: firstCode(tenant.waysOfDelivery),
  TermsOfPayment: firstCode(tenant.termsOfPayment),
  CustomerNumber: tenant.customers.values().next().value?.CustomerNumber as string,
  ArticleNumber: tenant.articles.values().next().value?.ArticleNumber as string,
};

let serial = 0;
function probes(field: string, rule: WriteRule, isRow: boolean): unknown[] {
  const existing = EXISTING[field];
  const tooLong = (max: number) => 'x'.repeat(max + 1);
  switch (rule.kind) {
    case 'text':
      if (existing) return [existing, tooLong(rule.max), 'a<b'];
      return ['Text åäö', 'x'.repeat(rule.max), tooLong(rule.max), 'a<b', 'tab\t', 7];
    case 'code': {
      // A new article's number is free; a row's or a document's must exist.
      const valid = existing && (isRow || field === 'CustomerNumber') ? existing : `P-${++serial}`;
      return [valid, '', 'a b', tooLong(rule.max), 'ÅÄÖ<'];
    }
    case 'email':
      return ['anna@exempel.se', '', 'anna', 'a@b', 'a b@c.se', 'two@@c.se'];
    case 'date':
      return ['2026-01-05', '2026-13-01', '05/01/2026', '2026-1-5'];
    case 'number':
      return [1.5, -3, 0, Number.NaN, Number.POSITIVE_INFINITY, 'tre'];
    case 'boolean':
      return [true, false, 'yes'];
    case 'vat':
      return [25, 12, 6, 0, 7, 100];
    case 'organisationNumber':
      return ['556036-0793', '5560360793', '16556036-0793', '556036-0792', '12345', 'ORG'];
    case 'oneOf':
      return [...rule.values, 'OTHER'];
  }
}

const customerNumber = EXISTING.CustomerNumber as string;
const BASE: Record<WrittenResource, () => Record<string, unknown>> = {
  customers: () => ({ Name: 'Probe AB' }),
  articles: () => ({ ArticleNumber: `PA-${++serial}`, Description: 'Probe' }),
  orders: () => ({ CustomerNumber: customerNumber }),
  invoices: () => ({ CustomerNumber: customerNumber }),
};
const PATH: Record<WrittenResource, [string, string]> = {
  customers: ['customers', 'Customer'],
  articles: ['articles', 'Article'],
  orders: ['orders', 'Order'],
  invoices: ['invoices', 'Invoice'],
};

async function emulatorTakes(resource: WrittenResource, body: Record<string, unknown>) {
  const [path, wrapper] = PATH[resource];
  const response = await emulator.fetch(
    new Request(`https://api.fortnox.se/3/${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${accessToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ [wrapper]: body }),
    }),
  );
  if (response.status !== 400 && response.status >= 300) {
    throw new Error(`${resource}: unexpected ${response.status} ${await response.text()}`);
  }
  return response.status < 300;
}

async function mismatches(resource: WrittenResource) {
  const { fields, rows } = FORTNOX_WRITE_RULES[resource];
  const rowKey = resource === 'orders' ? 'OrderRows' : 'InvoiceRows';
  const cases: { field: string; body: Record<string, unknown> }[] = [];
  for (const [field, rule] of Object.entries(fields)) {
    for (const value of probes(field, rule, false)) {
      cases.push({ field, body: { ...BASE[resource](), [field]: value } });
    }
  }
  for (const [field, rule] of Object.entries(rows ?? {})) {
    for (const value of probes(field, rule, true)) {
      const row = { Description: 'Rad', [field]: value };
      cases.push({ field: `${rowKey}.${field}`, body: { ...BASE[resource](), [rowKey]: [row] } });
    }
  }
  const found: string[] = [];
  for (const { field, body } of cases) {
    const core = checkWriteRules(resource, JSON.parse(JSON.stringify(body))).length === 0;
    const fortnox = await emulatorTakes(resource, body);
    const value = JSON.stringify(body[field] ?? body[rowKey]).slice(0, 60);
    if (core !== fortnox) found.push(`${field} = ${value}: core ${core}, emulator ${fortnox}`);
  }
  return { checked: cases.length, found };
}

describe('FORTNOX_WRITE_RULES', () => {
  it.each(['customers', 'articles', 'orders', 'invoices'] as const)(
    'accepts exactly what the emulator accepts in every field a send writes to %s',
    async (resource) => {
      const { checked, found } = await mismatches(resource);
      expect(found).toEqual([]);
      expect(checked).toBeGreaterThan(20);
    },
  );

  it('refuses a field the kit does not write, as Fortnox does (2001399)', async () => {
    const body = { Name: 'Probe AB', Country: 'Sverige' };
    expect(checkWriteRules('customers', body)).toEqual([
      { field: 'Country', problem: 'unknown-field' },
    ]);
    expect(await emulatorTakes('customers', body)).toBe(false);
  });
});
