import type { z } from 'zod';
import { createFortnoxError } from '../errors/create-fortnox-error.js';
import type { FortnoxFieldIssue } from '../errors/fortnox-validation-error.js';

/** `['Order', 'OrderRows', 2, 'Description']` → `Order.OrderRows[2].Description`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

function toIssues(error: z.ZodError, prefix: string): FortnoxFieldIssue[] {
  return error.issues.map((issue) => ({
    field: fieldPath([...(prefix ? [prefix] : []), ...issue.path]) || prefix || '(body)',
    message: issue.message,
  }));
}

/**
 * Validates a request body before anything is sent: unknown and read-only fields are
 * stripped by the write schema, text breaking Fortnox's whitelist or limits throws a
 * `FortnoxValidationError` naming the field (`Customer.Name`).
 */
export function parseRequestBody<S extends z.ZodType>(
  schema: S,
  wrapper: string,
  input: unknown,
): { [key: string]: z.output<S> } {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw createFortnoxError({
      kind: 'validation',
      source: 'request',
      issues: toIssues(result.error, wrapper),
    });
  }
  return { [wrapper]: result.data };
}

/** Validates a response; a mismatch throws a `FortnoxValidationError` with source `response`. */
export function parseResponse<S extends z.ZodType>(schema: S, data: unknown): z.output<S> {
  const result = schema.safeParse(data);
  if (!result.success) {
    throw createFortnoxError({
      kind: 'validation',
      source: 'response',
      issues: toIssues(result.error, ''),
      cause: result.error,
    });
  }
  return result.data;
}
