import { describe, expect, it } from 'vitest';
import { warningFieldLabel, warningUserMessage } from './warning-text.js';
import type { MappingWarningCode } from './warnings.js';

const CODES: MappingWarningCode[] = [
  'characters-replaced',
  'text-shortened',
  'text-split',
  'value-moved',
  'value-dropped',
  'price-missing',
  'lookup-missing',
  'internal-invoice-customer',
];

describe('warningUserMessage', () => {
  it('names rows from 1 and Fortnox fields in the user’s words', () => {
    expect(warningFieldLabel('OrderRows[4].Description')).toEqual({ sv: 'Rad 5', en: 'Row 5' });
    expect(warningFieldLabel('articleRows[0]')).toEqual({
      sv: 'Artikelrad 1',
      en: 'Article row 1',
    });
    expect(warningFieldLabel('YourReference')).toEqual({ sv: 'Er referens', en: 'Your reference' });
  });

  it('builds a Swedish and an English text for every warning code', () => {
    for (const code of CODES) {
      const text = warningUserMessage({ code, field: 'Remarks', message: 'english detail' });
      expect(text.sv).toMatch(/^Ordertext: \S/);
      expect(text.en).toMatch(/^Order text: \S/);
      expect(text.sv).not.toBe(text.en.replace('Order text', 'Ordertext'));
    }
  });

  it('prefers the text the mapping step gave the warning', () => {
    const userMessage = { sv: 'Dold artikel utelämnad.', en: 'Hidden article left out.' };
    expect(
      warningUserMessage({
        code: 'value-dropped',
        field: 'articleRows[1]',
        message: 'x',
        userMessage,
      }),
    ).toBe(userMessage);
  });
});
