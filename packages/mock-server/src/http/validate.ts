import type { z } from 'zod';
import { badRequest, FORTNOX_CODES, type FortnoxApiError } from './fortnox-error.js';

/** Reads a JSON body; Fortnox answers malformed JSON with 2002115. */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '')
    throw badRequest(FORTNOX_CODES.emptyOrIncorrectBody, 'Tom eller felaktig body.');
  try {
    return JSON.parse(text);
  } catch {
    throw badRequest(FORTNOX_CODES.jsonSyntax, 'Felaktig JSON-syntax i anropet.');
  }
}

/**
 * Unwraps `{"<Wrapper>": {...}}` and validates the inside against a write schema, turning
 * the first zod issue into the error Fortnox would answer.
 */
export function parseWrapped<S extends z.ZodType>(
  body: unknown,
  wrapper: string,
  schema: S,
): z.output<S> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest(FORTNOX_CODES.emptyOrIncorrectBody, 'Tom eller felaktig body.');
  }
  const keys = Object.keys(body);
  const inner = (body as Record<string, unknown>)[wrapper];
  if (keys.length !== 1 || typeof inner !== 'object' || inner === null || Array.isArray(inner)) {
    const other = keys.find((k) => k !== wrapper);
    if (other) throw badRequest(FORTNOX_CODES.invalidFieldName, `Ogiltigt fältnamn: ${other}`);
    throw badRequest(
      FORTNOX_CODES.emptyOrIncorrectBody,
      `Tom eller felaktig body, förväntade ${wrapper}.`,
    );
  }
  return parseFields(inner, schema);
}

/** Validates an unwrapped object against a write schema. */
export function parseFields<S extends z.ZodType>(value: unknown, schema: S): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw issueToError(result.error.issues[0]);
}

function issueToError(issue: z.core.$ZodIssue | undefined): FortnoxApiError {
  if (!issue) return badRequest(FORTNOX_CODES.emptyOrIncorrectBody, 'Tom eller felaktig body.');
  const field = issue.path.filter((p) => typeof p === 'string').at(-1) ?? '';
  if (issue.code === 'unrecognized_keys') {
    return badRequest(FORTNOX_CODES.invalidFieldName, `Ogiltigt fältnamn: ${issue.keys[0] ?? ''}`);
  }
  if (issue.code === 'custom') {
    const code = (issue.params as { fortnoxCode?: number } | undefined)?.fortnoxCode;
    return badRequest(code ?? FORTNOX_CODES.emptyOrIncorrectBody, `${issue.message} (${field})`);
  }
  if (issue.code === 'invalid_type') {
    if (issue.expected === 'number' || issue.expected === 'int') {
      return badRequest(FORTNOX_CODES.notNumeric, `Fältet ${field} måste vara numeriskt.`);
    }
    if (issue.expected === 'boolean') {
      return badRequest(FORTNOX_CODES.notBoolean, `Fältet ${field} måste vara true eller false.`);
    }
  }
  return badRequest(FORTNOX_CODES.emptyOrIncorrectBody, `Ogiltigt värde i fältet ${field}.`);
}

/** Throws 400 when a required field is missing on create. */
export function requireFields(value: Record<string, unknown>, fields: readonly string[]): void {
  for (const field of fields) {
    if (value[field] === undefined || value[field] === '') {
      throw badRequest(FORTNOX_CODES.emptyOrIncorrectBody, `Fältet ${field} är obligatoriskt.`);
    }
  }
}
