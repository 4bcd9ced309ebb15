import { FORTNOX_TEXT_PATTERN, replaceInvalidCharacters } from '../fortnox/text-rules.js';
import type { WarningList } from './warnings.js';

const SURROGATE = /[\uD800-\uDFFF]/;
const LINE_BREAK = /\r\n|\r|\n/;

/** Length in characters (code points), as Fortnox counts. */
export function charLength(text: string): number {
  return SURROGATE.test(text) ? [...text].length : text.length;
}

// Per UTF-16 code unit: 1 = accepted, 2 = accepted line break, 0 = rejected. Built on
// first use; a table lookup per character is far cheaper than the Unicode regex.
// Surrogates (0) go to the regex.
let unitKinds: Uint8Array | undefined;

function unitTable(): Uint8Array {
  if (unitKinds) return unitKinds;
  unitKinds = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    if (FORTNOX_TEXT_PATTERN.test(String.fromCharCode(code))) unitKinds[code] = 1;
  }
  unitKinds[10] = 2;
  unitKinds[13] = 2;
  return unitKinds;
}

/** {@link scanText} flag: the text has characters Fortnox rejects. */
export const HAS_REJECTED = 1;
/** {@link scanText} flag: the text has a line break. */
export const HAS_LINE_BREAK = 2;

/** One pass over `text`: {@link HAS_REJECTED} and/or {@link HAS_LINE_BREAK}, or 0. */
export function scanText(text: string): number {
  const table = unitTable();
  let flags = 0;
  for (let i = 0; i < text.length; i++) {
    const kind = table[text.charCodeAt(i)];
    if (kind === 1) continue;
    if (kind === 2) flags |= HAS_LINE_BREAK;
    else flags |= HAS_REJECTED;
  }
  // Surrogate pairs count as rejected above; only the regex knows astral letters.
  if (flags & HAS_REJECTED && SURROGATE.test(text) && FORTNOX_TEXT_PATTERN.test(text)) {
    flags &= ~HAS_REJECTED;
  }
  return flags;
}

/** Whether Fortnox accepts every character of `text`. */
export function isAcceptedText(text: string): boolean {
  return (scanText(text) & HAS_REJECTED) === 0;
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
