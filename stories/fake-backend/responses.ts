import { ERROR_STATUS, type FortnoxErrorCode } from '@fortnox-kit/core/contract';

/** A JSON response. */
export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

/** The contract's error body with the status that belongs to the code. */
export function fail(code: FortnoxErrorCode, message: string, field?: string): Response {
  return json({ error: { code, message, ...(field ? { field } : {}) } }, ERROR_STATUS[code]);
}

/** A file download. */
export function file(body: BodyInit, type: string, name: string): Response {
  return new Response(body, {
    headers: { 'content-type': type, 'content-disposition': `inline; filename="${name}"` },
  });
}
