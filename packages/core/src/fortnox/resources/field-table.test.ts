import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { FIELD_TABLES, type FieldTable } from '../../emulator.test-support.js';
import { FortnoxInvoiceInput, FortnoxOrderInput } from '../documents/index.js';
import * as resources from './index.js';

const table = (resource: string): FieldTable => {
  const found = FIELD_TABLES.find((t) => t.resource === resource);
  if (!found) throw new Error(`no field table for ${resource}`);
  return found;
};

const keysOf = (schema: z.ZodObject) => Object.keys(schema.shape);
const writable = (t: FieldTable) =>
  Object.entries(t.fields)
    .filter(([, [, access]]) => access === 'w')
    .map(([name]) => name);

// [resource, read schema, write schema]
const PAIRS: [string, z.ZodObject, z.ZodObject | undefined][] = [
  ['customers', resources.FortnoxCustomer, resources.FortnoxCustomerWrite],
  ['articles', resources.FortnoxArticle, resources.FortnoxArticleWrite],
  ['orders', resources.FortnoxOrder, FortnoxOrderInput as unknown as z.ZodObject],
  ['invoices', resources.FortnoxInvoice, FortnoxInvoiceInput as unknown as z.ZodObject],
  ['employees', resources.FortnoxEmployee, resources.FortnoxEmployeeWrite],
  [
    'attendancetransactions',
    resources.FortnoxAttendanceTransaction,
    resources.FortnoxAttendanceTransactionWrite,
  ],
  ['prices', resources.FortnoxPrice, resources.FortnoxPriceWrite],
  ['pricelists', resources.FortnoxPriceList, resources.FortnoxPriceListWrite],
  ['costcenters', resources.FortnoxCostCenter, resources.FortnoxCostCenterWrite],
  ['units', resources.FortnoxUnit, resources.FortnoxUnitWrite],
  ['termsofpayments', resources.FortnoxTermsOfPayment, resources.FortnoxTermsOfPaymentWrite],
  ['termsofdeliveries', resources.FortnoxTermsOfDelivery, resources.FortnoxTermsOfDeliveryWrite],
  ['wayofdeliveries', resources.FortnoxWayOfDelivery, resources.FortnoxWayOfDeliveryWrite],
  ['invoicepayments', resources.FortnoxInvoicePayment, resources.FortnoxInvoicePaymentWrite],
  ['companyinformation', resources.FortnoxCompanyInformation, undefined],
];

describe.each(PAIRS)('the SDK schemas of %s follow the field table', (resource, read, write) => {
  it('reads only fields Fortnox documents', () => {
    const documented = Object.keys(table(resource).fields);
    expect(keysOf(read).filter((k) => !documented.includes(k))).toEqual([]);
  });
  it.skipIf(!write)('writes only fields Fortnox documents as writable', () => {
    const allowed = writable(table(resource));
    expect(keysOf(write as z.ZodObject).filter((k) => !allowed.includes(k))).toEqual([]);
  });
});
