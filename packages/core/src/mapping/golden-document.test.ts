import { describe, expect, it } from 'vitest';
import type { IntegrationSettingsInput } from '../settings/integration-settings.js';
import { customer } from './golden.fixture.js';
import { ACTION_ROWS, ARTICLE_ROWS, BASE_DOCUMENT, doc, golden } from './golden-helpers.fixture.js';

describe('golden: invoice and delivery', () => {
  it('#14 creates an invoice dated today instead of an order, rows without OrderedQuantity', () => {
    const { OrderDate: _, OrderRows: __, ...head } = BASE_DOCUMENT;
    const result = golden({ createInvoiceDirectly: true });
    expect(result.target).toBe('invoice');
    expect(result.document).toEqual({
      ...head,
      InvoiceDate: '2026-11-28',
      InvoiceRows: [...ACTION_ROWS, ...ARTICLE_ROWS.map(({ OrderedQuantity: _q, ...row }) => row)],
    });
  });

  it('always sends the delivery date, and terms and way of delivery from the custom fields', () => {
    const order = {
      kind: 'sales' as const,
      customFields: { Leveransvillkor: 'FVL', Leveranssätt: 'BIL' },
    };
    expect(doc({}, order)).toEqual({
      ...BASE_DOCUMENT,
      TermsOfDelivery: 'FVL',
      WayOfDelivery: 'BIL',
    });
    expect(doc({ createInvoiceDirectly: true }, order)).toMatchObject({
      DeliveryDate: '2026-11-25',
      TermsOfDelivery: 'FVL',
    });
  });

  it('leaves out a terms-of-delivery value that is not a Fortnox code, with a warning', () => {
    const result = golden({}, { customFields: { Leveransvillkor: 'Fritt vårt lager' } });
    expect(result.document).toEqual(BASE_DOCUMENT);
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'value-dropped', field: 'TermsOfDelivery' }),
    ]);
  });

  it('#39 sends the customer’s name as delivery name', () => {
    expect(doc({ customerNameAsDeliveryName: true })).toEqual({
      ...BASE_DOCUMENT,
      DeliveryName: 'Kyl & Värme i Västerås AB',
    });
  });

  it('#40 sends the customer’s address as delivery address', () => {
    expect(doc({ customerAddressAsDeliveryAddress: true })).toEqual({
      ...BASE_DOCUMENT,
      DeliveryAddress1: 'Industrigatan 4',
      DeliveryAddress2: 'Port 2',
      DeliveryZipCode: '721 30',
      DeliveryCity: 'Västerås',
    });
  });
});

describe('golden: time report', () => {
  it('#33 leaves the document as it is: time goes to Fortnox in its own workflow', () => {
    // time-report/plan-time-report.ts turns the actions into attendance transactions.
    const result = golden({ sendTimeReport: true, timeReportCauseCode: 'ARB' });
    expect(result.document).toEqual(BASE_DOCUMENT);
    expect(result.warnings).toEqual([]);
  });
});

describe('golden: internal invoicing customer between subgroups', () => {
  const settings = { internalInvoiceCustomer: '9000' };

  it('invoices the internal customer when the order belongs to another subgroup than the sending one', () => {
    const result = golden(settings, {}, { usesSubgroups: true, currentSubgroup: 'eskilstuna' });
    expect(result.document).toEqual({ ...BASE_DOCUMENT, CustomerNumber: '9000' });
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'internal-invoice-customer' }),
    ]);
  });

  it('uses the integration’s subgroup when no current subgroup is given', () => {
    expect(
      doc({ ...settings, subgroup: 'eskilstuna' }, {}, { usesSubgroups: true }).CustomerNumber,
    ).toBe('9000');
  });

  it('keeps the order’s customer within one subgroup, or when the host does not use subgroups', () => {
    expect(doc(settings, {}, { usesSubgroups: true, currentSubgroup: 'vasteras' })).toEqual(
      BASE_DOCUMENT,
    );
    expect(doc(settings, {}, { usesSubgroups: false, currentSubgroup: 'eskilstuna' })).toEqual(
      BASE_DOCUMENT,
    );
  });

  it('needs no Fortnox link on the order’s customer when the internal customer is used', () => {
    const context = {
      usesSubgroups: true,
      currentSubgroup: 'eskilstuna',
      customer: { ...customer, fortnoxCustomerNumber: null },
    };
    expect(doc(settings, {}, context).CustomerNumber).toBe('9000');
  });
});

describe('golden: settings read by the send workflow or the sync, not by the mapping', () => {
  const others: [number, keyof IntegrationSettingsInput][] = [
    [18, 'markInvoicedOnSend'],
    [19, 'allowSendBeforeReady'],
    [22, 'syncUpdatedArticles'],
    [23, 'syncPrices'],
    [24, 'syncUpdatedCustomers'],
    [28, 'disableArticleCreation'],
    [35, 'createOrderFromReference'],
    [36, 'sendInvoiceAfterTransfer'],
    [42, 'setSubgroupOnSync'],
  ];
  it.each(others)('#%i %s leaves the document unchanged', (_, key) => {
    expect(golden({ [key]: true })).toEqual(golden({}));
  });
});
