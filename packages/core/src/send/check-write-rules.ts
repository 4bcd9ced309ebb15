import { FORTNOX_IDENTIFIER_PATTERN, findInvalidCharacters } from '../fortnox/text-rules.js';
import {
  FORTNOX_VAT_RATES,
  FORTNOX_WRITE_RULES,
  type WriteRule,
  type WrittenResource,
} from './write-rules.js';

/** Why a value breaks a Fortnox write rule. */
export type WriteProblem =
  | 'invalid-characters'
  | 'too-long'
  | 'not-a-code'
  | 'invalid-email'
  | 'invalid-date'
  | 'not-a-number'
  | 'not-a-boolean'
  | 'invalid-vat'
  | 'invalid-organisation-number'
  | 'not-allowed'
  | 'required'
  | 'incomplete-row'
  | 'unknown-field';

/** One broken rule: the Fortnox field (`OrderRows[2].Description`), why, and the limit. */
export interface WriteIssue {
  field: string;
  problem: WriteProblem;
  /** The length limit, for `too-long`. */
  max?: number;
  /** The rejected characters, for `invalid-characters`. */
  characters?: string[];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ORGANISATION_NUMBER = /^(?:\d{2})?(\d{6})-?(\d{4})$/;

/** The Luhn check digit of `digits` (Swedish organisation and personal numbers). */
function luhnDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

function isOrganisationNumber(value: string): boolean {
  const match = ORGANISATION_NUMBER.exec(value.trim());
  if (!match) return false;
  const digits = `${match[1]}${match[2]}`;
  return luhnDigit(digits.slice(0, 9)) === Number(digits[9]);
}

function textProblem(value: string, max: number): Omit<WriteIssue, 'field'> | undefined {
  const characters = findInvalidCharacters(value);
  if (characters.length > 0) return { problem: 'invalid-characters', characters };
  if ([...value].length > max) return { problem: 'too-long', max };
  return undefined;
}

/** What is wrong with `value` under `rule`, or `undefined` when Fortnox takes it. */
export function checkWriteRule(
  rule: WriteRule,
  value: unknown,
): Omit<WriteIssue, 'field'> | undefined {
  switch (rule.kind) {
    case 'number':
      return Number.isFinite(value) ? undefined : { problem: 'not-a-number' };
    case 'boolean':
      return typeof value === 'boolean' ? undefined : { problem: 'not-a-boolean' };
    case 'vat':
      return FORTNOX_VAT_RATES.includes(value as number) ? undefined : { problem: 'invalid-vat' };
    case 'oneOf':
      return rule.values.includes(value as string) ? undefined : { problem: 'not-allowed' };
  }
  if (typeof value !== 'string') return { problem: 'not-allowed' };
  switch (rule.kind) {
    case 'text':
      return textProblem(value, rule.max);
    case 'code':
      if (value === '' || !FORTNOX_IDENTIFIER_PATTERN.test(value)) return { problem: 'not-a-code' };
      return textProblem(value, rule.max);
    case 'email':
      return (
        textProblem(value, 1024) ??
        (value === '' || EMAIL.test(value) ? undefined : { problem: 'invalid-email' })
      );
    case 'date':
      return DATE.test(value) && !Number.isNaN(Date.parse(value))
        ? undefined
        : { problem: 'invalid-date' };
    case 'organisationNumber':
      return (
        textProblem(value, 1024) ??
        (isOrganisationNumber(value) ? undefined : { problem: 'invalid-organisation-number' })
      );
  }
}

function checkFields(
  rules: Readonly<Record<string, WriteRule>>,
  record: Record<string, unknown>,
  prefix: string,
  skip: (field: string) => boolean,
): WriteIssue[] {
  const issues: WriteIssue[] = [];
  for (const [field, value] of Object.entries(record)) {
    if (value === undefined || skip(field)) continue;
    const rule = rules[field];
    const issue = rule ? checkWriteRule(rule, value) : { problem: 'unknown-field' as const };
    if (issue) issues.push({ field: `${prefix}${field}`, ...issue });
  }
  return issues;
}

// Fortnox 2003977: a row with a quantity needs an article or a text.
function isIncompleteRow(row: Record<string, unknown>): boolean {
  const quantity = (row.DeliveredQuantity ?? row.OrderedQuantity ?? 0) as number;
  return !row.ArticleNumber && !row.Description && quantity > 0;
}

/**
 * Every way `body` (a create of `resource`, as the kit writes it) breaks Fortnox's write
 * rules, in field order; empty when Fortnox would take it. Codes are checked for form only:
 * whether they exist is `checkCodes`'s job.
 */
export function checkWriteRules(
  resource: WrittenResource,
  body: Record<string, unknown>,
): WriteIssue[] {
  const { fields, required, rows } = FORTNOX_WRITE_RULES[resource];
  const rowKey = resource === 'orders' ? 'OrderRows' : 'InvoiceRows';
  const foreign = body.CountryCode !== undefined && body.CountryCode !== 'SE';
  const issues: WriteIssue[] = required
    .filter((field) => body[field] === undefined || body[field] === '')
    .map((field) => ({ field, problem: 'required' }));
  const skip = (field: string) =>
    (rows !== undefined && field === rowKey) || (field === 'OrganisationNumber' && foreign);
  issues.push(...checkFields(fields, body, '', skip));
  if (!rows) return issues;
  const written = body[rowKey];
  if (written === undefined) return issues;
  if (!Array.isArray(written)) return [...issues, { field: rowKey, problem: 'not-allowed' }];
  written.forEach((row: Record<string, unknown>, i) => {
    const prefix = `${rowKey}[${i}].`;
    issues.push(...checkFields(rows, row, prefix, () => false));
    if (isIncompleteRow(row)) issues.push({ field: `${rowKey}[${i}]`, problem: 'incomplete-row' });
  });
  return issues;
}
