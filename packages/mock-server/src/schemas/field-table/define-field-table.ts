/**
 * How Fortnox sends a field. `decimal` is a number carried as a JSON string (`"10.00"`),
 * `boolean-string` a boolean carried as `"true"`/`"false"`, `date` a `YYYY-MM-DD` string.
 */
export type FieldType =
  | 'string'
  | 'decimal'
  | 'number'
  | 'integer'
  | 'boolean'
  | 'boolean-string'
  | 'date'
  | 'object'
  | 'array';

/** A documented field: its type and whether a client may write it (`w`) or not (`r`). */
export type FieldRow = readonly [type: FieldType, access: 'w' | 'r'];

/** One resource's documented fields (see docs/fortnox-field-table.md for the sources). */
export interface FieldTable {
  /** Path below `/3/`. */
  resource: string;
  /** The single-record wrapper key: `Order`. */
  wrapper: string;
  /** The list key, when the resource has a list: `Orders`. */
  listKey?: string;
  /** Every field of a full GET. */
  fields: Readonly<Record<string, FieldRow>>;
  /** The fields of a list item and their types (they can differ from the GET's). */
  listItem?: Readonly<Record<string, FieldType>>;
  /** Nested object or array-of-object fields (rows, e-mail information). */
  nested?: Readonly<Record<string, Readonly<Record<string, FieldRow>>>>;
}

/** Keeps a table's literal keys while checking its shape. */
export function defineFieldTable<const T extends FieldTable>(table: T): T {
  return table;
}

/** The names of a table's writable fields. */
export function writableFields(fields: Readonly<Record<string, FieldRow>>): string[] {
  return Object.entries(fields)
    .filter(([, [, access]]) => access === 'w')
    .map(([name]) => name);
}
