import { describe, expect, it } from 'vitest';
import { checkWriteRules } from './check-write-rules.js';

describe('checkWriteRules', () => {
  it('lists every broken rule of a customer, required fields first, with the limit or characters', () => {
    expect(
      checkWriteRules('customers', {
        Name: '',
        Email: 'a@b',
        ZipCode: '12345678901',
        City: 'Ort|',
      }),
    ).toEqual([
      { field: 'Name', problem: 'required' },
      { field: 'Email', problem: 'invalid-email' },
      { field: 'ZipCode', problem: 'too-long', max: 10 },
      { field: 'City', problem: 'invalid-characters', characters: ['|'] },
    ]);
  });

  it('checks a Swedish organisation number’s check digit, and leaves a foreign one alone', () => {
    expect(checkWriteRules('customers', { Name: 'A', OrganisationNumber: '556036-0793' })).toEqual(
      [],
    );
    expect(checkWriteRules('customers', { Name: 'A', OrganisationNumber: '556036-0792' })).toEqual([
      { field: 'OrganisationNumber', problem: 'invalid-organisation-number' },
    ]);
    expect(
      checkWriteRules('customers', {
        Name: 'A',
        OrganisationNumber: '985 123 456',
        CountryCode: 'NO',
      }),
    ).toEqual([]);
  });

  it('names rows by index and refuses a row with a quantity but no article or text', () => {
    const issues = checkWriteRules('orders', {
      CustomerNumber: '1',
      OrderRows: [{ ArticleNumber: 'A', DeliveredQuantity: 1, VAT: 7 }, { DeliveredQuantity: 2 }],
    });
    expect(issues).toEqual([
      { field: 'OrderRows[0].VAT', problem: 'invalid-vat' },
      { field: 'OrderRows[1]', problem: 'incomplete-row' },
    ]);
  });

  it('refuses OrderedQuantity on an invoice row, which Fortnox does not have', () => {
    expect(
      checkWriteRules('invoices', {
        CustomerNumber: '1',
        InvoiceRows: [{ Description: 'x', OrderedQuantity: 1 }],
      }),
    ).toEqual([{ field: 'InvoiceRows[0].OrderedQuantity', problem: 'unknown-field' }]);
  });
});
