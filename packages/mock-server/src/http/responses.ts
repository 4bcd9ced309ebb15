import { errorBody, type FortnoxApiError } from './fortnox-error.js';

const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8' };

/** A JSON response with Fortnox's content type. */
export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: JSON_HEADERS });
}

/** The response for a {@link FortnoxApiError}. */
export function errorResponse(error: FortnoxApiError): Response {
  return jsonResponse(errorBody(error.code, error.message), error.status);
}

/** 204 with an empty body, as Fortnox answers a DELETE. */
export function noContent(): Response {
  return new Response(null, { status: 204 });
}

/** A PDF document response. */
export function pdfResponse(bytes: Uint8Array): Response {
  return new Response(bytes as BodyInit, {
    status: 200,
    headers: { 'Content-Type': 'application/pdf' },
  });
}

// Fortnox answers an unknown path with an HTML page, not JSON.
const NOT_FOUND_HTML =
  '<!DOCTYPE html><html><head><title>404 Not Found</title></head><body><h1>Not Found</h1><p>The requested URL was not found on this server.</p></body></html>';

/** The HTML 404 Fortnox answers for unknown paths. */
export function htmlNotFound(): Response {
  return new Response(NOT_FOUND_HTML, {
    status: 404,
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
}
