import type * as z from 'zod/mini';
import { WorkflowError } from '../integration/workflow-error.js';

/** The default `maxBodyBytes` of the handler: 1 MB, far above any contract request. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/**
 * Parses a JSON body with a contract schema, reading at most `maxBytes`: a larger declared
 * `Content-Length` is refused before a byte is read, and a larger stream is cancelled as soon
 * as it passes the cap (never buffered whole). Too large → `payload_too_large` (413), bad
 * JSON → `bad_request`, invalid → `validation_failed`.
 */
export async function readJsonBody<S extends z.ZodMiniType>(
  request: Request,
  schema: S,
  maxBytes: number,
): Promise<z.output<S>> {
  const text = await readCappedText(request, maxBytes);
  let data: unknown = {};
  if (text.trim() !== '') {
    try {
      data = JSON.parse(text);
    } catch {
      throw new WorkflowError('bad_request', 'The request body is not valid JSON.');
    }
  }
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.map(String).join('.') || undefined;
  throw new WorkflowError('validation_failed', issue?.message ?? 'Invalid request body.', {
    field,
  });
}

/** The body as UTF-8 text, refused with `payload_too_large` past `maxBytes`. */
export async function readCappedText(request: Request, maxBytes: number): Promise<string> {
  const declared = Number(request.headers.get('content-length'));
  if (declared > maxBytes) tooLarge(maxBytes);
  if (!request.body) return '';
  const reader = request.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => undefined);
      tooLarge(maxBytes);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

function tooLarge(maxBytes: number): never {
  throw new WorkflowError('payload_too_large', `The request body is over ${maxBytes} bytes.`, {
    userMessage: {
      sv: 'Förfrågan är för stor. Korta ner texterna och försök igen.',
      en: 'The request is too large. Shorten the texts and try again.',
    },
  });
}
