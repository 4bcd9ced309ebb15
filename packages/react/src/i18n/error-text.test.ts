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

  it('shows only the translated sentence when a backend sent no user message', () => {
    expect(
      errorText(sv, { code: 'already_invoiced', message: 'Order AO-1 is already invoiced.' }),
    ).toBe('Ordern är redan fakturerad i Fortnox och kan inte skickas igen.');
  });

  it('shows the user message alone, in the user’s language, for any other code', () => {
    const userMessage = {
      sv: 'Order AO-1 är redan fakturerad. Gör ändringar i Fortnox.',
      en: 'Order AO-1 is already invoiced. Make changes in Fortnox.',
    };
    const error = { code: 'already_invoiced' as const, message: 'x', userMessage };
    expect(errorText(sv, error)).toBe(userMessage.sv);
    expect(errorText(en, error)).toBe(userMessage.en);
  });
});
