/**
 * Fortnox's rules for free text: the character whitelist (error 2000359) and the field
 * length limits. One source for the client (checks before any request), the mapping
 * (keeps documents within limits) and the emulator (rejects what Fortnox rejects).
 */

// Fortnox "formats and encoding": letters, digits, space, CR, LF, NBSP and these symbols.
const ALLOWED_SYMBOLS = '–:.`´’,;^¤#%§£$€¢¥©™°&/()=+\\-*_!?²³®½@';

/** Matches a string made only of characters Fortnox accepts in text fields. */
// `@__PURE__`: a browser bundle that needs only the identifier pattern and the limits (the
// settings schema in `@fortnox-kit/core/contract`) drops these two (decisions/152).
export const FORTNOX_TEXT_PATTERN = /* @__PURE__ */ new RegExp(
  `^[\\p{L}0-9 \\n\\r\\u00A0${ALLOWED_SYMBOLS}]*$`,
  'u',
);

const ALLOWED_CHAR = /* @__PURE__ */ new RegExp(`[\\p{L}0-9 \\n\\r\\u00A0${ALLOWED_SYMBOLS}]`, 'u');

/** Identifiers (customer and article numbers, codes): alphanumerics and `- – + / . _`. */
export const FORTNOX_IDENTIFIER_PATTERN = /^[\p{L}0-9\-–+/._]*$/u;

/** Whether `text` holds only characters Fortnox accepts. */
export function isFortnoxText(text: string): boolean {
  return FORTNOX_TEXT_PATTERN.test(text);
}

/** The distinct characters in `text` that Fortnox would reject, in order of appearance. */
export function findInvalidCharacters(text: string): string[] {
  const invalid = new Set<string>();
  for (const char of text) {
    if (!ALLOWED_CHAR.test(char)) invalid.add(char);
  }
  return [...invalid];
}

/** Look-alike replacements for characters Fortnox rejects; anything else is dropped. */
export const DEFAULT_CHARACTER_REPLACEMENTS: Readonly<Record<string, string>> = {
  "'": '’',
  '"': '’',
  '<': '(',
  '>': ')',
  '[': '(',
  ']': ')',
  '{': '(',
  '}': ')',
  '|': '/',
  '~': '-',
  '\t': ' ',
};

/** The result of {@link replaceInvalidCharacters}. */
export interface CleanedText {
  text: string;
  /** The distinct characters that were replaced or dropped. */
  changed: string[];
}

/**
 * Makes `text` acceptable to Fortnox by replacing rejected characters with look-alikes
 * (or dropping them), and reports what changed so callers can warn about it.
 */
export function replaceInvalidCharacters(
  text: string,
  replacements: Readonly<Record<string, string>> = DEFAULT_CHARACTER_REPLACEMENTS,
): CleanedText {
  const changed = new Set<string>();
  let out = '';
  for (const char of text) {
    if (ALLOWED_CHAR.test(char)) {
      out += char;
      continue;
    }
    changed.add(char);
    out += replacements[char] ?? '';
  }
  return { text: out, changed: [...changed] };
}

/**
 * Fortnox's length limits (characters). Where sources disagree the stricter value is used
 * (`YourOrderNumber`: 30, not 75) and recorded in decisions/.
 */
export const FORTNOX_LIMITS = {
  name: 1024,
  reference: 50,
  yourOrderNumber: 30,
  remarks: 1024,
  comments: 1024,
  externalInvoiceReference: 80,
  rowDescription: 255,
  articleNumber: 50,
  articleDescription: 200,
  customerNumber: 1024,
  organisationNumber: 30,
  zipCode: 10,
  address: 1024,
  city: 1024,
  deliveryName: 1024,
  ean: 30,
  costCenterCode: 6,
  unitCode: 20,
  termsOfDeliveryCode: 20,
  wayOfDeliveryCode: 50,
  priceListCode: 100,
  employeeId: 15,
  gln: 13,
  salaryTextRow: 40,
} as const;

/** A name from {@link FORTNOX_LIMITS}. */
export type FortnoxLimitName = keyof typeof FORTNOX_LIMITS;

/** One problem found by {@link checkFortnoxText}. */
export interface TextIssue {
  kind: 'invalid-characters' | 'too-long';
  /** The offending characters, for `invalid-characters`. */
  characters?: string[];
  /** The limit and actual length, for `too-long`. */
  maxLength?: number;
  length?: number;
}

/** Checks `text` against the whitelist and, when given, a length limit. */
export function checkFortnoxText(text: string, maxLength?: number): TextIssue[] {
  const issues: TextIssue[] = [];
  const characters = findInvalidCharacters(text);
  if (characters.length > 0) issues.push({ kind: 'invalid-characters', characters });
  const length = [...text].length;
  if (maxLength !== undefined && length > maxLength) {
    issues.push({ kind: 'too-long', maxLength, length });
  }
  return issues;
}
