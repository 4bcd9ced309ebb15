import { describe, expect, it } from 'vitest';
import { parseSemicolonList } from './semicolon-list.js';

describe('parseSemicolonList', () => {
  it('accepts the article example 12;13;14 and tolerates spaces, empty entries and duplicates', () => {
    expect(parseSemicolonList('12;13;14', 'articleNumber')).toEqual({
      values: ['12', '13', '14'],
      errors: [],
    });
    expect(parseSemicolonList(' 12 ;; 13;12;', 'articleNumber').values).toEqual(['12', '13']);
  });

  it('also splits on commas and line breaks', () => {
    expect(parseSemicolonList('12,13\n14', 'articleNumber').values).toEqual(['12', '13', '14']);
  });

  it('keeps the valid entries and names each invalid one by position', () => {
    const { values, errors } = parseSemicolonList('12;ab cd;13;x<y', 'articleNumber');
    expect(values).toEqual(['12', '13']);
    expect(errors.map((e) => [e.position, e.entry, e.reason])).toEqual([
      [2, 'ab cd', 'invalid-characters'],
      [4, 'x<y', 'invalid-characters'],
    ]);
    expect(errors[0]?.message.sv).toBe(
      'Artikelnummer ”ab cd” (2) får bara innehålla bokstäver, siffror och - – + / . _ (separera med ;)',
    );
  });

  it('limits cost centers to 6 and article numbers to 50 characters', () => {
    expect(parseSemicolonList('123456;1234567', 'costCenter').errors.map((e) => e.entry)).toEqual([
      '1234567',
    ]);
    expect(parseSemicolonList('x'.repeat(51), 'articleNumber').errors[0]?.reason).toBe('too-long');
  });
});
