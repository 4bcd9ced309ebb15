import { z } from 'zod';
import {
  FORTNOX_IDENTIFIER_PATTERN,
  FORTNOX_LIMITS,
  FORTNOX_TEXT_PATTERN,
  type FortnoxLimitName,
} from '../text-rules.js';

/** Length in characters (code points), the way Fortnox and `checkFortnoxText` count. */
export function textLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** Free text within Fortnox's whitelist and the named length limit. */
export function fortnoxText(limit: FortnoxLimitName) {
  const max = FORTNOX_LIMITS[limit];
  return z
    .string()
    .regex(FORTNOX_TEXT_PATTERN, 'contains characters Fortnox rejects (error 2000359)')
    .refine((text) => textLength(text) <= max, `longer than ${max} characters`);
}

/** An identifier or code (article number, cost center, unit…) within the named limit. */
export function fortnoxCode(limit: FortnoxLimitName) {
  const max = FORTNOX_LIMITS[limit];
  return z
    .string()
    .min(1)
    .max(max)
    .regex(FORTNOX_IDENTIFIER_PATTERN, 'contains characters Fortnox rejects (error 2000106)');
}

/** A Fortnox date, `YYYY-MM-DD`. */
export const FortnoxDate = z.iso.date();
