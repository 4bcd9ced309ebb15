import { writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { FortnoxRequester, FortnoxRequestSpec } from '../client/request.js';
import { GATEWAY_REQUESTS } from './create-fortnox-gateway.fixture.js';
import { createFortnoxGateway } from './create-fortnox-gateway.js';
import { type Harness, startHarness } from './emulator-harness.test-support.js';
import type { FortnoxGateway } from './fortnox-gateway.js';

let h: Harness;
afterEach(() => h?.close());

const SINCE = Date.UTC(2026, 0, 1, 8, 30);
const ORDER_ROWS = [{ ArticleNumber: 'TR-1', OrderedQuantity: 1, DeliveredQuantity: 1, Price: 10 }];
const TIME = { EmployeeId: '1', CauseCode: 'TID', Date: '2026-01-05', Hours: 2 };
const CODES = [
  ['costcenters', 'SERV'],
  ['units', 'st'],
  ['termsofdeliveries', 'FVL'],
  ['wayofdeliveries', 'P'],
  ['termsofpayments', '30'],
  ['pricelists', 'A'],
] as const;

/** What the recorded calls return, so a step can use an earlier step's number. */
interface Made {
  customer: string;
  order: string;
  invoice: string;
  direct: string;
  attendance: string;
}
type Step = [name: string, call: (g: FortnoxGateway, made: Made) => Promise<unknown>];

// Every gateway method, with the missing-record cases the workflows rely on.
const STEPS: Step[] = [
  [
    'createCustomer',
    async (g, m) => {
      const body = {
        Name: 'Trace AB',
        Email: 'trace@x.se',
        OrganisationNumber: '556677-8899',
        ExternalReference: 'fk-trace',
      };
      m.customer = (await g.createCustomer(body)).CustomerNumber;
    },
  ],
  ['getCustomer', (g, m) => g.getCustomer(m.customer)],
  ['getCustomer missing', (g) => g.getCustomer('999999')],
  ['findCustomers name', (g) => g.findCustomers('name', 'Trace AB')],
  ['findCustomers email', (g) => g.findCustomers('email', ' Trace@X.se ')],
  ['findCustomers organisationnumber', (g) => g.findCustomers('organisationnumber', '5566778899')],
  [
    'findCustomers organisationnumber too short',
    (g) => g.findCustomers('organisationnumber', '12'),
  ],
  [
    'createArticle',
    (g) =>
      g.createArticle({
        ArticleNumber: 'TR-1',
        Description: 'Trace',
        Unit: 'st',
        Type: 'SERVICE',
        VAT: 25,
      }),
  ],
  ['getArticle', (g) => g.getArticle('TR-1')],
  ['getArticle missing', (g) => g.getArticle('NOPE-1')],
  ...CODES.flatMap(([register, code]): Step[] => [
    [`codeExists ${register}`, (g) => g.codeExists(register, code)],
    [`codeExists ${register} missing`, (g) => g.codeExists(register, 'ZZZ9')],
  ]),
  [
    'createOrder',
    async (g, m) => {
      const order = {
        CustomerNumber: m.customer,
        ExternalInvoiceReference2: 'fk1-trace',
        OrderRows: ORDER_ROWS,
      };
      m.order = (await g.createOrder(order)).DocumentNumber;
    },
  ],
  ['getOrder', (g, m) => g.getOrder(m.order)],
  ['getOrder missing', (g) => g.getOrder('99999')],
  ['findOrdersByReference', (g) => g.findOrdersByReference('fk1-trace')],
  [
    'updateOrder',
    (g, m) =>
      g.updateOrder(m.order, {
        CustomerNumber: m.customer,
        Remarks: 'changed',
        OrderRows: ORDER_ROWS,
      }),
  ],
  ['listOrdersChangedSince', (g) => g.listOrdersChangedSince(SINCE)],
  ['previewOrder', (g, m) => g.previewOrder(m.order)],
  [
    'createInvoiceFromOrder',
    async (g, m) => {
      m.invoice = (await g.createInvoiceFromOrder(m.order)).DocumentNumber;
    },
  ],
  ['getInvoice', (g, m) => g.getInvoice(m.invoice)],
  ['getInvoice missing', (g) => g.getInvoice('99999')],
  ['findInvoicesByReference', (g) => g.findInvoicesByReference('fk1-trace')],
  [
    'updateInvoice',
    (g, m) => g.updateInvoice(m.invoice, { CustomerNumber: m.customer, Remarks: 'changed' }),
  ],
  ['previewInvoice', (g, m) => g.previewInvoice(m.invoice)],
  ['listInvoicesChangedSince', (g) => g.listInvoicesChangedSince(SINCE)],
  [
    'createInvoice',
    async (g, m) => {
      const rows = [{ ArticleNumber: 'TR-1', DeliveredQuantity: 1, Price: 5 }];
      m.direct = (
        await g.createInvoice({ CustomerNumber: m.customer, InvoiceRows: rows })
      ).DocumentNumber;
    },
  ],
  ...(['externalprint', 'email', 'eprint', 'einvoice'] as const).map(
    (channel): Step => [`sendInvoice ${channel}`, (g, m) => g.sendInvoice(m.direct, channel)],
  ),
  ['getEmployee', (g) => g.getEmployee('1')],
  ['getEmployee missing', (g) => g.getEmployee('9999')],
  ['listAttendance', (g) => g.listAttendance('1')],
  [
    'createAttendance',
    async (g, m) => {
      m.attendance = (await g.createAttendance({ ...TIME, CostCenter: 'SERV' })).id ?? '';
    },
  ],
  ['updateAttendance', (g, m) => g.updateAttendance(m.attendance, { ...TIME, Hours: 3 })],
  ['deleteAttendance', (g, m) => g.deleteAttendance(m.attendance)],
  ['deleteAttendance already gone', (g, m) => g.deleteAttendance(m.attendance)],
  ['updateAttendance gone', (g, m) => g.updateAttendance(m.attendance, TIME)],
];

/** A request as Fortnox sees it and as the client treats it; ids Fortnox makes up are masked. */
function recorded(spec: FortnoxRequestSpec, made: Made) {
  const mask = (text: string) => (made.attendance ? text.replace(made.attendance, '{id}') : text);
  const sorted = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(sorted)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value)
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([k, v]) => [k, sorted(v)]),
          )
        : value;
  return {
    method: spec.method,
    path: mask(spec.path),
    ...(spec.searchParams ? { searchParams: sorted(spec.searchParams) } : {}),
    ...(spec.body === undefined ? {} : { body: sorted(spec.body) }),
    priority: spec.priority,
    idempotent: spec.idempotent ?? spec.method === 'GET',
    responseType: spec.responseType ?? 'json',
  };
}

/** What a step resolved to, told apart as the workflows tell it apart. */
function outcome(value: unknown): string {
  if (value instanceof Uint8Array) return value.length > 0 ? 'pdf' : 'empty pdf';
  if (Array.isArray(value)) return `${value.length} records`;
  if (value === undefined || typeof value === 'boolean') return String(value);
  return 'record';
}

describe('createFortnoxGateway', { timeout: 60_000 }, () => {
  it('sends every call with the method, path, query, body, priority and idempotency of the recorded table', async () => {
    h = await startHarness();
    const seen: ReturnType<typeof recorded>[] = [];
    const made: Made = { customer: '', order: '', invoice: '', direct: '', attendance: '' };
    const request = h.integration.client.request;
    const spy = ((spec) => {
      seen.push(recorded(spec, made));
      return request(spec);
    }) as FortnoxRequester;
    const gateway = createFortnoxGateway(spy);
    const table: Record<string, { requests: unknown[]; outcome: string }> = {};
    for (const [name, call] of STEPS) {
      const before = seen.length;
      const value = await call(gateway, made);
      table[name] = { requests: seen.slice(before), outcome: outcome(value) };
    }
    // Masked after the fact too: the id is known only once the create has answered.
    const result = JSON.parse(JSON.stringify(table).replaceAll(made.attendance, '{id}'));
    if (process.env.RECORD_GATEWAY_REQUESTS)
      writeFileSync(process.env.RECORD_GATEWAY_REQUESTS, JSON.stringify(result, null, 2));
    expect(result).toEqual(GATEWAY_REQUESTS);
  });
});
