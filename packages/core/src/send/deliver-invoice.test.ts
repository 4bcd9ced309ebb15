import { describe, expect, it } from 'vitest';
import { invoiceChannel } from './deliver-invoice.js';
import { sendKey } from './idempotency-key.js';

describe('invoiceChannel', () => {
  it('sends by e-mail, e-invoice, or by post for PRINT and an unset delivery type', () => {
    expect(invoiceChannel('EMAIL')).toBe('email');
    expect(invoiceChannel('ELECTRONICINVOICE')).toBe('einvoice');
    expect(invoiceChannel('PRINT')).toBe('eprint');
    expect(invoiceChannel(undefined)).toBe('eprint');
  });
});

describe('sendKey', () => {
  it('is stable per connection and order, differs between them, and fits Fortnox (80 chars)', async () => {
    const a = await sendKey('default', 'o1');
    expect(a).toBe(await sendKey('default', 'o1'));
    expect(a).not.toBe(await sendKey('default', 'o2'));
    expect(a).not.toBe(await sendKey('other', 'o1'));
    expect(a).toMatch(/^fk1-[0-9a-f]{24}$/);
  });
});
