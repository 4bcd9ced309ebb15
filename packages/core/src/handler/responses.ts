import { ERROR_STATUS, type ErrorBody } from './contract.js';

const NO_STORE = { 'cache-control': 'no-store' };

/** A JSON response (never cached: it may describe a user's data). */
export function jsonResponse(
  body: unknown,
  status = 200,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...NO_STORE, ...headers },
  });
}

/** The contract's error body with the status its code is sent with. */
export function errorResponse(error: ErrorBody['error']): Response {
  const headers: Record<string, string> =
    error.code === 'rate_limited' ? { 'retry-after': '60' } : {};
  return jsonResponse({ error }, ERROR_STATUS[error.code], headers);
}

/** A PDF shown in the browser (inline) under a readable file name. */
export function pdfResponse(bytes: Uint8Array, fileName: string): Response {
  return new Response(bytes as BodyInit, {
    status: 200,
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `inline; filename="${fileName.replace(/[^\w.-]/g, '_')}"`,
      ...NO_STORE,
    },
  });
}

/** A CSV download streamed chunk by chunk. */
export function csvResponse(chunks: AsyncIterable<string>, fileName: string): Response {
  const encoder = new TextEncoder();
  const iterator = chunks[Symbol.asyncIterator]();
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  return new Response(stream, {
    status: 200,
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${fileName}"`,
      ...NO_STORE,
    },
  });
}
