import * as z from 'zod/mini';
import { FORTNOX_IDENTIFIER_PATTERN, FORTNOX_LIMITS } from '../fortnox/text-rules.js';

/** What a `;`-separated list setting holds. */
export type ListKind = 'articleNumber' | 'costCenter';

/** A text in Swedish and English. */
export interface Localized {
  sv: string;
  en: string;
}

/** One entry of a list setting that is not valid. */
export interface ListEntryError {
  /** 1-based position among the non-empty entries. */
  position: number;
  entry: string;
  reason: 'invalid-characters' | 'too-long';
  message: Localized;
}

/** The result of {@link parseSemicolonList}. */
export interface ParsedList {
  /** Valid entries, trimmed, without duplicates, in order. */
  values: string[];
  errors: ListEntryError[];
}

const NOUN: Record<ListKind, Localized> = {
  articleNumber: { sv: 'Artikelnummer', en: 'Article number' },
  costCenter: { sv: 'Kostnadsställe', en: 'Cost center' },
};
const MAX_LENGTH: Record<ListKind, number> = {
  articleNumber: FORTNOX_LIMITS.articleNumber,
  costCenter: FORTNOX_LIMITS.costCenterCode,
};
// `;` is the documented separator; `,` and line breaks are accepted too because neither
// can occur inside an article number or a cost center code.
const SEPARATOR = /[;,\r\n]/;

function checkEntry(entry: string, position: number, kind: ListKind): ListEntryError | undefined {
  const noun = NOUN[kind];
  const max = MAX_LENGTH[kind];
  const quoted = `”${entry}” (${position})`;
  if (!FORTNOX_IDENTIFIER_PATTERN.test(entry)) {
    return {
      position,
      entry,
      reason: 'invalid-characters',
      message: {
        sv: `${noun.sv} ${quoted} får bara innehålla bokstäver, siffror och - – + / . _ (separera med ;)`,
        en: `${noun.en} ${quoted} may only contain letters, digits and - – + / . _ (separate with ;)`,
      },
    };
  }
  if ([...entry].length > max) {
    return {
      position,
      entry,
      reason: 'too-long',
      message: {
        sv: `${noun.sv} ${quoted} är längre än ${max} tecken`,
        en: `${noun.en} ${quoted} is longer than ${max} characters`,
      },
    };
  }
  return undefined;
}

/**
 * Parses a list typed as text, leniently: entries separated by `;` (or `,`, or line
 * breaks), surrounding spaces and empty entries ignored, duplicates dropped. Invalid
 * entries are reported one by one with a message in Swedish and English.
 *
 * @example parseSemicolonList(' 12; 13 ;;14;', 'articleNumber') // { values: ['12','13','14'], errors: [] }
 */
export function parseSemicolonList(input: string | readonly string[], kind: ListKind): ParsedList {
  const raw =
    typeof input === 'string' ? input.split(SEPARATOR) : input.flatMap((x) => x.split(SEPARATOR));
  const entries = raw.map((x) => x.trim()).filter((x) => x !== '');
  const values: string[] = [];
  const errors: ListEntryError[] = [];
  entries.forEach((entry, i) => {
    const error = checkEntry(entry, i + 1, kind);
    if (error) errors.push(error);
    else if (!values.includes(entry)) values.push(entry);
  });
  return { values, errors };
}

/**
 * A list setting: text (`12;13;14`) or an array in, a clean `string[]` out. Each invalid
 * entry becomes its own issue; `params` carries `{ sv, en, position, entry }` for the form.
 */
export function semicolonList(kind: ListKind) {
  const list = z.pipe(
    z.union([z.string(), z.array(z.string())]),
    z.transform((input: string | string[], ctx) => {
      const { values, errors } = parseSemicolonList(input, kind);
      for (const error of errors) {
        ctx.issues.push({
          code: 'custom',
          message: error.message.en,
          input,
          path: [],
          params: { ...error.message, position: error.position, entry: error.entry },
        });
      }
      return values;
    }),
  );
  return z._default(list, []);
}
