import { z } from 'zod';
import { fortnoxCode } from '../documents/fields.js';
import { FORTNOX_LIMITS, type FortnoxLimitName, findInvalidCharacters } from '../text-rules.js';

/**
 * Free text in a request body for fields without a named limit (e-mail, phone, note):
 * only characters Fortnox accepts (else 2000359), optionally at most `limit` characters.
 * Named limits use `fortnoxText` from the documents module. The message lists the
 * offending characters.
 */
export function whitelistedText(limit?: FortnoxLimitName | number) {
  const max = typeof limit === 'string' ? FORTNOX_LIMITS[limit] : limit;
  return z.string().superRefine((text, ctx) => {
    const invalid = findInvalidCharacters(text);
    if (invalid.length > 0) {
      const list = invalid.map((c) => JSON.stringify(c)).join(' ');
      ctx.addIssue({ code: 'custom', message: `contains characters Fortnox rejects: ${list}` });
    }
    const length = [...text].length;
    if (max !== undefined && length > max) {
      ctx.addIssue({ code: 'custom', message: `is ${length} characters, Fortnox allows ${max}` });
    }
  });
}

/**
 * A code reference (cost center, price list, unit...) in a request body: `fortnoxCode`,
 * or `''`, which Fortnox sends back for "none" (so a fetched record can be written back).
 */
export function codeReference(limit: FortnoxLimitName) {
  return z.union([z.literal(''), fortnoxCode(limit)]);
}
