import {
  FORTNOX_IDENTIFIER_PATTERN,
  FORTNOX_LIMITS,
  type FortnoxLimitName,
  findInvalidCharacters,
} from '@fortnox-kit/core';
import { z } from 'zod';
import { FORTNOX_CODES } from '../http/fortnox-error.js';

/** A zod issue that carries the Fortnox error code to answer with. */
export interface FortnoxIssueParams {
  fortnoxCode: number;
}

/**
 * A free-text field: Fortnox's character whitelist (2000359) and a length limit.
 * `max` is a number or a name from `FORTNOX_LIMITS`.
 */
export function fxText(max: number | FortnoxLimitName) {
  const limit = typeof max === 'number' ? max : FORTNOX_LIMITS[max];
  return z.string().superRefine((value, ctx) => {
    const invalid = findInvalidCharacters(value);
    if (invalid.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: `Ogiltiga tecken (${invalid.join(' ')})`,
        params: { fortnoxCode: FORTNOX_CODES.invalidCharacters },
      });
    }
    if ([...value].length > limit) {
      ctx.addIssue({
        code: 'custom',
        message: `Värdet är för långt (högst ${limit} tecken)`,
        params: { fortnoxCode: FORTNOX_CODES.emptyOrIncorrectBody },
      });
    }
  });
}

/** An identifier (customer/article number, register code): alphanumerics and `- – + / . _`. */
export function fxIdentifier(max: number | FortnoxLimitName) {
  return fxText(max).superRefine((value, ctx) => {
    if (value === '' || !FORTNOX_IDENTIFIER_PATTERN.test(value)) {
      ctx.addIssue({
        code: 'custom',
        message: 'Värdet måste vara alfanumeriskt',
        params: { fortnoxCode: FORTNOX_CODES.notAlphanumeric },
      });
    }
  });
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A `YYYY-MM-DD` date. */
export const fxDate = z.string().superRefine((value, ctx) => {
  if (!DATE.test(value) || Number.isNaN(Date.parse(value))) {
    ctx.addIssue({
      code: 'custom',
      message: `Ogiltigt datum (${value})`,
      params: { fortnoxCode: FORTNOX_CODES.emptyOrIncorrectBody },
    });
  }
});

/** An e-mail address (Fortnox validates them). */
export const fxEmail = fxText(1024).superRefine((value, ctx) => {
  if (value !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) {
    ctx.addIssue({
      code: 'custom',
      message: `Ogiltig e-postadress (${value})`,
      params: { fortnoxCode: FORTNOX_CODES.emptyOrIncorrectBody },
    });
  }
});

const NUMERIC = /^-?\d+(\.\d+)?$/;

/**
 * A number as Fortnox takes it: a JSON number or a numeric string (`"10.00"`, which is how
 * its schema types quantities, hours and pay); anything else is 2000108. Stored as a number.
 */
export const fxNumber = z.preprocess(
  (value) => (typeof value === 'string' && NUMERIC.test(value) ? Number(value) : value),
  z.number(),
);
