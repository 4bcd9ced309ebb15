import { describe, expect, it } from 'vitest';
import { FortnoxInvoice as FortnoxInvoiceRead } from '../fortnox/resources/invoices.js';
import { countsAsInvoiced, invoiceState } from './invoice-state.js';

// Parsed like a Fortnox response, so list-style strings ("0", "true") are covered too.
const invoice = (fields: Record<string, unknown>) =>
  FortnoxInvoiceRead.parse({ DocumentNumber: 5, ...fields });

describe('invoiceState', () => {
  it('reads cancelled, credited, paid, booked, sent and unsent from the invoice fields', () => {
    expect(invoiceState(invoice({ Cancelled: true, Sent: true }))).toBe('cancelled');
    expect(invoiceState(invoice({ CreditInvoiceReference: '9', Booked: true }))).toBe('credited');
    expect(invoiceState(invoice({ Booked: 'true', Balance: '0', Total: '1250' }))).toBe('paid');
    expect(invoiceState(invoice({ FinalPayDate: '2026-02-01' }))).toBe('paid');
    expect(invoiceState(invoice({ Booked: true, Balance: 100, Total: 1250 }))).toBe('booked');
    expect(invoiceState(invoice({ Sent: true, Balance: 1250, Total: 1250 }))).toBe('sent');
    expect(invoiceState(invoice({ Balance: 0, Total: 0 }))).toBe('unsent');
  });

  it('does not call the credit invoice itself credited', () => {
    expect(invoiceState(invoice({ Credit: true, CreditInvoiceReference: '4', Sent: true }))).toBe(
      'sent',
    );
  });

  it('counts sent, booked and paid as invoiced for the host order', () => {
    expect(
      ['unsent', 'sent', 'booked', 'paid', 'cancelled', 'credited', null].map((s) =>
        countsAsInvoiced(s as never),
      ),
    ).toEqual([false, true, true, true, false, false, false]);
  });
});
