import { z } from 'zod';

/** A calendar date, `YYYY-MM-DD` (the format Fortnox uses for dates). */
export const IsoDate = z.iso.date();
export type IsoDate = z.infer<typeof IsoDate>;

/** A point in time, ISO 8601 with an offset (`2026-11-20T08:30:00+01:00` or `…Z`). */
export const IsoDateTime = z.iso.datetime({ offset: true });
export type IsoDateTime = z.infer<typeof IsoDateTime>;

/** A host record id (any non-empty string the host uses). */
export const HostId = z.string().min(1);
export type HostId = z.infer<typeof HostId>;

/**
 * Custom fields ("egendefinierade fält"): field name → value, exactly as the host names
 * them. The mapping reads some by name (`Er referens`, `referens`, `Leveransvillkor`,
 * `Leveranssätt`).
 */
export const CustomFields = z.record(z.string(), z.string());
export type CustomFields = z.infer<typeof CustomFields>;

/** A postal address. */
export const Address = z.object({
  street: z.string().optional(),
  street2: z.string().optional(),
  zipCode: z.string().optional(),
  city: z.string().optional(),
  /** ISO 3166-1 alpha-2, e.g. `SE`. */
  countryCode: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
});
export type Address = z.infer<typeof Address>;

/**
 * The trimmed value of the first custom field whose name is exactly one of `names`
 * (in the order given), skipping empty values; `undefined` when none is found.
 *
 * @example findCustomField({ referens: ' Anna ' }, ['Er referens', 'referens']) // 'Anna'
 */
export function findCustomField(
  fields: CustomFields | undefined,
  names: readonly string[],
): string | undefined {
  if (!fields) return undefined;
  for (const name of names) {
    const value = fields[name]?.trim();
    if (value) return value;
  }
  return undefined;
}
