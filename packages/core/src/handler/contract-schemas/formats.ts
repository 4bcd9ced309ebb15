import * as z from 'zod/mini';

// The handler contract: the string formats its schemas share (internal).

// `z.iso.datetime` and `z.url` would add about 650 bytes (gzip) to every page that uses the
// components; these checks are as strict for what the handler sends (decisions/055).
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
/** An ISO 8601 date-time with a zone, as the handler sends it. */
export const IsoDateTime = z
  .string()
  .check(
    z.refine(
      (text) => ISO_DATE_TIME.test(text) && !Number.isNaN(Date.parse(text)),
      'ISO date-time',
    ),
  );
/** An http(s) URL. */
export const HttpUrl = z.string().check(z.refine(isHttpUrl, 'http(s) URL'));

function isHttpUrl(text: string): boolean {
  try {
    return /^https?:$/.test(new URL(text).protocol);
  } catch {
    return false;
  }
}

// `z.int()` would add about 470 bytes (gzip) for its number-format check; a safe integer is
// what it accepts, and what these accept (decisions/152).
/** A whole number (a safe integer). */
export const WholeNumber = z.number().check(z.refine(Number.isSafeInteger, 'whole number'));
/** A count: a whole number, 0 or more. */
export const Count = z
  .number()
  .check(z.refine((n) => Number.isSafeInteger(n) && n >= 0, 'whole number, 0 or more'));

/** A text in Swedish and English (a `userMessage`). */
export const LocalizedText = z.object({ sv: z.string(), en: z.string() });
