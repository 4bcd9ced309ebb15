import type { FieldRow, FieldTable, FieldType } from '../schemas/field-table/index.js';

type Json = Record<string, unknown>;

/** `10` → `"10.00"`: Fortnox sends quantities, hours and pay as decimal strings. */
function decimalString(value: number): string {
  const cents = Math.round(value * 100);
  return Math.abs(value * 100 - cents) < 1e-6 ? value.toFixed(2) : String(value);
}

/** One value in the JSON type Fortnox sends for `type`; unset becomes null (arrays: []). */
export function asFortnoxType(type: FieldType, value: unknown): unknown {
  if (value === undefined || value === null) return type === 'array' ? [] : null;
  switch (type) {
    case 'decimal':
      return typeof value === 'number' ? decimalString(value) : value;
    case 'number':
    case 'integer':
      // A numeric string stored from a write is sent back as a number; API_NORIGHT stays.
      return typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))
        ? Number(value)
        : value;
    case 'boolean-string':
      return typeof value === 'boolean' ? String(value) : value;
    default:
      return value;
  }
}

/**
 * A full record as Fortnox sends it: every documented field in the table's order, with
 * the documented type, null where unset; fields Fortnox does not have are dropped.
 */
export function presentFields(
  fields: Readonly<Record<string, FieldRow>>,
  value: Json,
  nested?: FieldTable['nested'],
): Json {
  const out: Json = {};
  for (const [name, [type]] of Object.entries(fields)) {
    const inner = nested?.[name];
    const raw = value[name];
    if (inner && type === 'array') {
      out[name] = Array.isArray(raw) ? raw.map((row) => presentFields(inner, row as Json)) : [];
    } else if (inner && type === 'object') {
      out[name] = presentFields(inner, (raw ?? {}) as Json);
    } else {
      out[name] = asFortnoxType(type, raw);
    }
  }
  return out;
}

/** A full GET body's record for `table`. */
export function presentRecord(table: FieldTable, value: Json): Json {
  return presentFields(table.fields, value, table.nested);
}

/** A list item for `table`: the documented list fields and types (the GET's if none). */
export function presentListItem(table: FieldTable, value: Json): Json {
  if (!table.listItem) return presentRecord(table, value);
  const out: Json = {};
  for (const [name, type] of Object.entries(table.listItem)) {
    out[name] = asFortnoxType(type, value[name]);
  }
  return out;
}
