import { describe, expect, it } from 'vitest';
import { formatFortnoxDate, formatLastModified } from './date-format.js';
import { MetaInformation } from './meta-information.js';
import {
  FortnoxNumber,
  hasFortnoxReference,
  isNoRight,
  NO_RIGHT,
  OptionalBoolean,
  OptionalFortnoxDate,
  OptionalFortnoxNumber,
  OptionalText,
} from './primitives.js';

describe('FortnoxNumber', () => {
  it('reads JSON numbers and numeric strings alike', () => {
    expect(FortnoxNumber.parse(12.5)).toBe(12.5);
    expect(FortnoxNumber.parse('0')).toBe(0);
    expect(FortnoxNumber.parse('-3.25')).toBe(-3.25);
  });

  it('keeps API_NORIGHT so callers never mistake it for a value', () => {
    const value = FortnoxNumber.parse('API_NORIGHT');
    expect(value).toBe(NO_RIGHT);
    expect(isNoRight(value)).toBe(true);
    expect(isNoRight(0)).toBe(false);
  });

  it('rejects text that is not a number', () => {
    expect(FortnoxNumber.safeParse('12,5').success).toBe(false);
  });
});

describe('optional response fields', () => {
  it('read empty strings and null as absent', () => {
    expect(OptionalFortnoxNumber.parse('')).toBeUndefined();
    expect(OptionalFortnoxNumber.parse(null)).toBeUndefined();
    expect(OptionalText.parse(null)).toBeUndefined();
    expect(OptionalFortnoxDate.parse('')).toBeUndefined();
    expect(OptionalBoolean.parse('true')).toBe(true);
  });
});

describe('MetaInformation', () => {
  it('accepts counts sent as strings', () => {
    expect(
      MetaInformation.parse({ '@TotalResources': '12', '@TotalPages': 3, '@CurrentPage': '1' }),
    ).toEqual({
      '@TotalResources': 12,
      '@TotalPages': 3,
      '@CurrentPage': 1,
    });
  });
});

describe('date formats', () => {
  it('formats lastmodified in Swedish local time at minute precision', () => {
    expect(formatLastModified(new Date('2026-01-05T08:00:59Z'))).toBe('2026-01-05 09:00');
    expect(formatLastModified(new Date('2026-07-01T08:00:00Z'))).toBe('2026-07-01 10:00');
  });

  it('formats dates as YYYY-MM-DD in Swedish local time', () => {
    expect(formatFortnoxDate(new Date('2026-01-05T23:30:00Z'))).toBe('2026-01-06');
  });
});

describe('hasFortnoxReference', () => {
  it("treats '0' and empty as no reference", () => {
    expect(hasFortnoxReference('0')).toBe(false);
    expect(hasFortnoxReference('')).toBe(false);
    expect(hasFortnoxReference(undefined)).toBe(false);
    expect(hasFortnoxReference('17')).toBe(true);
  });
});
