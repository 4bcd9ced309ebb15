import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { errorText } from './messages.js';
import { sv } from './sv.js';

const missingCode = {
  code: 'missing_fortnox_code' as const,
  message: 'Cost center "NORR" does not exist in Fortnox.',
  field: 'costCenter',
  userMessage: {
    sv: 'Kostnadsställe "NORR" finns inte i Fortnox.',
    en: 'Cost center "NORR" does not exist in Fortnox.',
  },
};

describe('errorText', () => {
  it("shows the backend's detail in the user's language", () => {
    expect(errorText(sv, missingCode)).toBe(
      'En kod saknas i Fortnox: Kostnadsställe "NORR" finns inte i Fortnox.',
    );
    expect(errorText(en, missingCode)).toMatch(/: Cost center "NORR" does not exist in Fortnox\.$/);
  });

  it("falls back to the backend's message when it sent no user message", () => {
    const { userMessage: _, ...withoutUserMessage } = missingCode;
    expect(errorText(sv, withoutUserMessage)).toBe(
      'En kod saknas i Fortnox: Cost center "NORR" does not exist in Fortnox.',
    );
  });

  it('shows only the translated sentence for codes without a useful detail', () => {
    expect(
      errorText(sv, {
        code: 'already_invoiced',
        message: 'Order AO-1 is already invoiced.',
        userMessage: { sv: 'x', en: 'x' },
      }),
    ).toBe('Ordern är redan fakturerad i Fortnox och kan inte skickas igen.');
  });
});
