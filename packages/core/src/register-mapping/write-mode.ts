import { replaceInvalidCharacters } from '../fortnox/text-rules.js';

/**
 * How a host record is written to Fortnox. `create`: empty fields are left out (Fortnox
 * starts them empty). `update`: empty text fields are written as `''`, so a value the host
 * cleared is cleared in Fortnox too (setting 24 overwrites every field; decisions/143).
 */
export type WriteMode = 'create' | 'update';

/** Options of the host → Fortnox mappers. */
export interface ToFortnoxOptions {
  mode: WriteMode;
}

/**
 * `fields` as written in `mode`: `undefined` left out always, `''` left out on a create.
 * The field order is kept (pre-send validation reports the first broken field).
 */
export function writtenFields<T extends Record<string, unknown>>(fields: T, mode: WriteMode): T {
  const kept = Object.entries(fields).filter(
    ([, value]) => value !== undefined && (mode === 'update' || value !== ''),
  );
  return Object.fromEntries(kept) as T;
}

/** Host text as Fortnox takes it: rejected characters replaced or dropped, trimmed. */
export function fortnoxText(text: string | undefined): string {
  return replaceInvalidCharacters(text ?? '').text.trim();
}
