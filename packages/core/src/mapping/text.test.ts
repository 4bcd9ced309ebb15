import { describe, expect, it } from 'vitest';
import {
  charLength,
  cleanText,
  fitText,
  HAS_LINE_BREAK,
  HAS_REJECTED,
  scanText,
  splitHead,
  splitIntoRows,
} from './text.js';
import { WarningList } from './warnings.js';

describe('scanText', () => {
  it('flags rejected characters and line breaks in one pass', () => {
    expect(scanText('Bytt filter – 2 st, 25 % rabatt')).toBe(0);
    expect(scanText('rad 1\nrad 2')).toBe(HAS_LINE_BREAK);
    expect(scanText('a <b>')).toBe(HAS_REJECTED);
    expect(scanText('a <b>\r\n')).toBe(HAS_REJECTED | HAS_LINE_BREAK);
  });

  it('accepts letters outside the Basic Multilingual Plane and rejects emoji and lone surrogates', () => {
    expect(scanText('𝐀BC')).toBe(0);
    expect(scanText('klart 😀')).toBe(HAS_REJECTED);
    expect(scanText('x\uD800y')).toBe(HAS_REJECTED);
  });
});

describe('splitting and fitting', () => {
  it('breaks at the last space in the second half, else hard at the limit', () => {
    expect(splitHead('abc def ghi', 8)).toEqual(['abc def', 'ghi']);
    expect(splitHead('abcdefghij', 4)).toEqual(['abcd', 'efghij']);
    expect(splitHead('kort', 10)).toEqual(['kort', '']);
  });

  it('never splits a surrogate pair and counts it as one character', () => {
    const text = '𝐀'.repeat(5);
    expect(charLength(text)).toBe(5);
    const [head, rest] = splitHead(text, 3);
    expect([head, rest]).toEqual(['𝐀𝐀𝐀', '𝐀𝐀']);
  });

  it('turns each non-empty line into rows of at most the limit', () => {
    expect(splitIntoRows('Rad ett\n\n  \r\nRad två är längre', 10)).toEqual([
      'Rad ett',
      'Rad två är',
      'längre',
    ]);
  });

  it('warns when it cuts or cleans', () => {
    const warnings = new WarningList();
    expect(fitText('Anna Andersson', 4, 'OurReference', warnings)).toBe('Anna');
    expect(cleanText('a|b', 'Remarks', warnings)).toBe('a/b');
    expect(warnings.items.map((w) => [w.code, w.field])).toEqual([
      ['text-shortened', 'OurReference'],
      ['characters-replaced', 'Remarks'],
    ]);
  });
});
