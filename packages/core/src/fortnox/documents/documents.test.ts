import { describe, expect, it } from 'vitest';
import { FortnoxInvoiceInput, FortnoxOrderInput } from './documents.js';
import { FortnoxOrderRowInput } from './rows.js';

describe('Fortnox document write schemas', () => {
  it('accepts an order with article and text rows', () => {
    const order = {
      CustomerNumber: '1001',
      OurReference: 'AO-1043',
      Remarks: 'Tack för uppdraget!\nVälkommen åter.',
      OrderRows: [
        { Description: 'Service 2026-11-20' },
        { ArticleNumber: '12', OrderedQuantity: 2, DeliveredQuantity: 2, Price: 149.5 },
      ],
    };
    expect(FortnoxOrderInput.parse(order)).toEqual(order);
  });

  it('rejects references over 50 characters and YourOrderNumber over 30', () => {
    expect(
      FortnoxOrderInput.safeParse({ CustomerNumber: '1', YourReference: 'x'.repeat(51) }).success,
    ).toBe(false);
    expect(
      FortnoxOrderInput.safeParse({ CustomerNumber: '1', YourOrderNumber: 'x'.repeat(31) }).success,
    ).toBe(false);
  });

  it('rejects characters outside the whitelist and counts length in characters', () => {
    expect(FortnoxOrderInput.safeParse({ CustomerNumber: '1', Remarks: 'a <b>' }).success).toBe(
      false,
    );
    expect(
      FortnoxOrderInput.safeParse({ CustomerNumber: '1', Remarks: 'å'.repeat(1024) }).success,
    ).toBe(true);
  });

  it('rejects read-only fields and an invoice row with OrderedQuantity', () => {
    expect(FortnoxOrderInput.safeParse({ CustomerNumber: '1', Total: 10 }).success).toBe(false);
    expect(
      FortnoxInvoiceInput.safeParse({
        CustomerNumber: '1',
        InvoiceRows: [{ ArticleNumber: '1', OrderedQuantity: 1 }],
      }).success,
    ).toBe(false);
  });

  it('rejects a quantity without article or description (Fortnox 2003977)', () => {
    expect(FortnoxOrderRowInput.safeParse({ DeliveredQuantity: 1 }).success).toBe(false);
    expect(
      FortnoxOrderRowInput.safeParse({ DeliveredQuantity: 1, Description: 'Arbete' }).success,
    ).toBe(true);
  });

  it('rejects a cost center code longer than 6 and an article number with spaces', () => {
    expect(
      FortnoxOrderRowInput.safeParse({ ArticleNumber: '1', CostCenter: 'SERVICE' }).success,
    ).toBe(false);
    expect(FortnoxOrderRowInput.safeParse({ ArticleNumber: '1 2' }).success).toBe(false);
  });
});
