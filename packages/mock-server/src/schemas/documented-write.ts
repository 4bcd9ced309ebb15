import { z } from 'zod';
import type { FieldRow, FieldType } from './field-table/index.js';
import { fxDate, fxNumber, fxText } from './fields.js';

/** The validator of a documented writable field the emulator has no specific rule for. */
function defaultValidator(type: FieldType): z.ZodType {
  switch (type) {
    case 'decimal':
    case 'number':
    case 'integer':
      return fxNumber;
    case 'boolean':
      return z.boolean();
    case 'boolean-string':
      return z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]);
    case 'date':
      return fxDate;
    case 'object':
      return z.record(z.string(), z.unknown());
    case 'array':
      return z.array(z.unknown());
    default:
      // Fortnox's whitelist applies to every text field; 1024 is its longest plain limit.
      return fxText(1024);
  }
}

type WritableKey<F> = {
  [K in keyof F]: F[K] extends readonly [FieldType, 'w'] ? K : never;
}[keyof F];

type DefaultShape<F, S> = {
  [K in Exclude<WritableKey<F>, keyof S>]: z.ZodType<unknown>;
};

/**
 * A strict write schema with every writable field of `fields`: the specific rules given
 * (limits, enums, identifiers) and a rule by documented type for the rest. Read-only and
 * unknown names stay unrecognised keys, which the emulator answers with 2001399.
 */
export function documentedWrite<
  F extends Readonly<Record<string, FieldRow>>,
  S extends z.ZodRawShape,
>(fields: F, specific: S) {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, [type, access]] of Object.entries(fields)) {
    if (access === 'w')
      shape[name] = (specific[name] as z.ZodType | undefined) ?? defaultValidator(type);
  }
  for (const name of Object.keys(specific)) {
    if (!(name in shape)) throw new Error(`${name} is not a documented writable field`);
  }
  return z.strictObject(shape as S & DefaultShape<F, S>).partial();
}
