import { describe, expect, it } from 'vitest';
import {
  checkFortnoxText,
  findInvalidCharacters,
  isFortnoxText,
  replaceInvalidCharacters,
} from './text-rules.js';

describe('Fortnox text rules', () => {
  it('accepts Swedish letters, digits and the whitelisted symbols', () => {
    expect(isFortnoxText('Åtgärd: byte av filter – 2 st à 125,50 kr (25 %) @ Malmö')).toBe(true);
    expect(isFortnoxText('Rad 1\r\nRad 2\u00A0slut ½ ² ³ ® © ™ € £ $ ¥ ¢ § ¤')).toBe(true);
  });

  it('rejects the characters Fortnox answers with 2000359', () => {
    for (const bad of ['<', '>', '"', '|', '{', '}', '[', ']', '~', '😀', "'", '\t']) {
      expect(isFortnoxText(`a${bad}b`), bad).toBe(false);
    }
  });

  it('lists each invalid character once, in order', () => {
    expect(findInvalidCharacters('a<b>c<d😀')).toEqual(['<', '>', '😀']);
  });

  it('replaces rejected characters with look-alikes and reports them', () => {
    expect(replaceInvalidCharacters('Kund "Ab" <VIP> 😀')).toEqual({
      text: 'Kund ’Ab’ (VIP) ',
      changed: ['"', '<', '>', '😀'],
    });
  });

  it('counts length in characters, not UTF-16 units', () => {
    expect(checkFortnoxText('åäö', 3)).toEqual([]);
    expect(checkFortnoxText('abcd', 3)).toEqual([{ kind: 'too-long', maxLength: 3, length: 4 }]);
  });
});
