import { z } from 'zod';

/**
 * Fortnox puts this string in place of a value the integration has no right to read, even
 * in numeric fields (fortnox-api.md §5). Response schemas keep it, so callers can tell
 * "not allowed to see" from "empty" and never overwrite a real value with it.
 */
export const NO_RIGHT = 'API_NORIGHT';
/** The type of {@link NO_RIGHT}. */
export type NoRight = typeof NO_RIGHT;

/** Whether a response value is Fortnox's "no right to read" marker. */
export function isNoRight(value: unknown): value is NoRight {
  return value === NO_RIGHT;
}

const NUMERIC = /^-?\d+(\.\d+)?$/;

/**
 * A number in a response: JSON numbers, numeric strings (`"PurchasePrice":"0"` in lists)
 * and `API_NORIGHT`. Empty strings and null become `null`.
 *
 * @example FortnoxNumber.parse('12.5') // 12.5
 */
export const FortnoxNumber = z.union([
  z.number(),
  z.literal(NO_RIGHT),
  z
    .string()
    .regex(NUMERIC)
    .transform((s) => Number(s)),
]);
/** A number (or {@link NO_RIGHT}) read from Fortnox. */
export type FortnoxNumber = z.infer<typeof FortnoxNumber>;

/** An optional number in a response; `""` and `null` are read as absent. */
export const OptionalFortnoxNumber = z
  .union([FortnoxNumber, z.literal(''), z.null()])
  .transform((v) => (v === '' || v === null ? undefined : v))
  .optional();

/** An optional text in a response (Fortnox sends `null` for empty fields). */
export const OptionalText = z
  .string()
  .nullish()
  .transform((v) => v ?? undefined);

/** A boolean in a response, tolerant of `"true"`/`"false"` strings. */
export const OptionalBoolean = z
  .union([z.boolean(), z.enum(['true', 'false']).transform((s) => s === 'true'), z.null()])
  .transform((v) => v ?? undefined)
  .optional();

/** A response field that is either a string or a number; read as a string (ids, numbers). */
export const IdString = z.union([z.string(), z.number().transform((n) => String(n))]);

/** A date in a response; empty strings and null are read as absent. */
export const OptionalFortnoxDate = z
  .string()
  .nullish()
  .transform((v) => (v ? v : undefined));

/**
 * A document reference in a response (`InvoiceReference`, `OrderReference`,
 * `CreditInvoiceReference`): Fortnox writes "none" as `''`, `'0'`, `0` or `null` depending on
 * the field and version; all of them are read as absent, anything else as its text.
 */
export const OptionalReference = z
  .union([z.string(), z.number(), z.null()])
  .optional()
  .transform((v) => {
    const text = v === null || v === undefined ? '' : String(v).trim();
    return text === '' || text === '0' ? undefined : text;
  });

/**
 * Whether a document reference (`InvoiceReference`, `OrderReference`,
 * `CreditInvoiceReference`) points somewhere: Fortnox sends `'0'` or `''` for "none".
 *
 * @example hasFortnoxReference(order.InvoiceReference) // true once invoiced
 */
export function hasFortnoxReference(value: string | number | null | undefined): boolean {
  return value !== undefined && value !== null && value !== '' && String(value) !== '0';
}
