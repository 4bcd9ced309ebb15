import { FORTNOX_TEXT_PATTERN, replaceInvalidCharacters } from '../fortnox/text-rules.js';
import type { WarningList } from './warnings.js';

const SURROGATE = /[\uD800-\uDFFF]/;
const LINE_BREAK = /\r\n|\r|\n/;

/** Length in characters (code points), as Fortnox counts. */
export function charLength(text: string): number {
  return SURROGATE.test(text) ? [...text].length : text.length;
}

// Which UTF-16 code units Fortnox accepts (1 = yes), built on first use: a table lookup
// per character is far cheaper than the Unicode regex. Surrogates go to the regex.
let allowedUnits: Uint8Array | undefined;

function unitTable(): Uint8Array {
  if (allowedUnits) return allowedUnits;
  allowedUnits = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    if (FORTNOX_TEXT_PATTERN.test(String.fromCharCode(code))) allowedUnits[code] = 1;
  }
  return allowedUnits;
}

/** Whether Fortnox accepts every character of `text`. */
export function isAcceptedText(text: string): boolean {
  const table = unitTable();
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (table[code] === 1) continue;
    if (code >= 0xd800 && code <= 0xdfff) return FORTNOX_TEXT_PATTERN.test(text);
    return false;
  }
  return true;
}

/** A field name, or a function that builds it (only called when a warning is written). */
export type FieldName = string | (() => string);

// The first `count` characters (code points), never splitting a surrogate pair.
function headChars(text: string, count: number): string {
  if (!SURROGATE.test(text)) return text.slice(0, count);
  return [...text].slice(0, count).join('');
}

/** Replaces characters Fortnox rejects, with a warning naming them. */
export function cleanText(text: string, field: FieldName, warnings: WarningList): string {
  if (isAcceptedText(text)) return text;
  const cleaned = replaceInvalidCharacters(text);
  const shown = cleaned.changed.map((c) => JSON.stringify(c)).join(' ');
  warnings.add(
    'characters-replaced',
    typeof field === 'string' ? field : field(),
    `replaced or removed characters Fortnox rejects: ${shown}`,
  );
  return cleaned.text;
}

/**
 * Splits `text` in two: a head of at most `max` characters, broken at the last line
 * break or space when one is in the second half, and the rest (trimmed).
 */
export function splitHead(text: string, max: number): [head: string, rest: string] {
  if (text.length <= max || charLength(text) <= max) return [text, ''];
  const window = headChars(text, max + 1);
  const minBreak = Math.floor(max / 2);
  let at = window.lastIndexOf('\n');
  if (at < minBreak) at = window.lastIndexOf(' ');
  if (at >= minBreak) return [text.slice(0, at).trimEnd(), text.slice(at + 1).trimStart()];
  const head = headChars(text, max);
  return [head, text.slice(head.length).trimStart()];
}

/**
 * Splits text into row-sized pieces: every non-empty line becomes at least one piece
 * (line breaks are kept as row boundaries, since a text row cannot hold one), long lines
 * are broken at spaces.
 *
 * @example splitIntoRows('Rad ett\n\nRad två', 255) // ['Rad ett', 'Rad två']
 */
export function splitIntoRows(text: string, max: number): string[] {
  const rows: string[] = [];
  for (const rawLine of text.split(LINE_BREAK)) {
    let line = rawLine.trim();
    while (line !== '') {
      const [head, rest] = splitHead(line, max);
      if (head !== '') rows.push(head);
      line = rest;
    }
  }
  return rows;
}

/** Cuts `text` to `max` characters, with a `text-shortened` warning when it had to. */
export function fitText(text: string, max: number, field: string, warnings: WarningList): string {
  if (text.length <= max || charLength(text) <= max) return text;
  warnings.add('text-shortened', field, `shortened from ${charLength(text)} to ${max} characters`);
  return headChars(text, max).trimEnd();
}
