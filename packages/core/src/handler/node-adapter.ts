import type { IncomingMessage, ServerResponse } from 'node:http';
import { WorkflowError } from '../integration/workflow-error.js';
import { toErrorInfo } from '../send/last-send-error.js';
import type { FortnoxHandler } from './create-fortnox-handler.js';
import { errorResponse } from './responses.js';

/** An Express-style request: Node's, plus the body a body parser may have read already. */
type NodeRequest = IncomingMessage & { body?: unknown; originalUrl?: string };

// `.` and `..`, also percent-encoded, in the raw path: `new URL` would resolve them away.
const DOT_SEGMENT = /(?:^|\/)(?:\.|%2e){1,2}(?:\/|$)/i;

/**
 * Serves a {@link FortnoxHandler} from Node's `http` server or Express (no runtime Node
 * import, so the core stays usable in browsers and edge runtimes). The request body is
 * handed over as a stream and read only if the handler reads it (after authentication,
 * capped: decisions/057); a body left unread closes the connection instead of being drained.
 * A raw path with dot segments or an unparsable URL is answered 400 here, before the URL
 * is normalised. Responses are streamed, so sync progress events arrive as they happen; a
 * closed connection aborts the request.
 *
 * @example
 * http.createServer(toNodeListener(handler)).listen(3000);
 * app.use('/api/fortnox', toNodeListener(handler)); // Express: keeps the full URL via originalUrl
 */
export function toNodeListener(handler: FortnoxHandler) {
  return async (
    req: NodeRequest,
    res: ServerResponse,
    next?: (error?: unknown) => void,
  ): Promise<void> => {
    try {
      const request = toWebRequest(req, res);
      const response = request instanceof Response ? request : await handler(request);
      await writeResponse(response, req, res);
    } catch (error) {
      if (next) next(error);
      else if (!res.headersSent) await writeResponse(errorResponse(toErrorInfo(error)), req, res);
      else res.destroy();
    }
  };
}

/** The web request, or the 400 response for a path that must not reach the handler. */
function toWebRequest(req: NodeRequest, res: ServerResponse): Request | Response {
  const raw = req.originalUrl ?? req.url ?? '/';
  const url = parseUrl(raw, req);
  if (!url || DOT_SEGMENT.test(raw.split('?')[0] ?? '')) {
    const message = url ? 'The path may not contain "." or ".." segments.' : 'Malformed URL.';
    return errorResponse(toErrorInfo(new WorkflowError('bad_request', message)));
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else if (value !== undefined) headers.set(name, value);
  }
  const controller = new AbortController();
  res.on('close', () => controller.abort());
  const method = req.method ?? 'GET';
  return new Request(url, {
    method,
    headers,
    body: bodyOf(req, method),
    signal: controller.signal,
    duplex: 'half',
  } as RequestInit);
}

function parseUrl(raw: string, req: NodeRequest): URL | undefined {
  const host = req.headers.host ?? 'localhost';
  const secure = (req.socket as { encrypted?: boolean } | null)?.encrypted === true;
  try {
    return new URL(raw, `${secure ? 'https' : 'http'}://${host}`);
  } catch {
    return undefined;
  }
}

function bodyOf(req: NodeRequest, method: string): BodyInit | null {
  if (method === 'GET' || method === 'HEAD') return null;
  // Express with a body parser has consumed the stream already.
  if (req.body !== undefined) {
    return typeof req.body === 'string' ? req.body : JSON.stringify(req.body);
  }
  const declared = req.headers['content-length'];
  if (req.headers['transfer-encoding'] === undefined && (!declared || declared === '0')) {
    return null;
  }
  return streamOf(req);
}

// Pull-based: Node buffers one high-water mark ahead, then pauses the socket, so an
// unread or refused body never piles up in memory.
function streamOf(req: NodeRequest): ReadableStream<Uint8Array> {
  const chunks = req[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(typeof value === 'string' ? new TextEncoder().encode(value) : value);
    },
  });
}

async function writeResponse(
  response: Response,
  req: NodeRequest,
  res: ServerResponse,
): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const cookies = response.headers.getSetCookie?.() ?? [];
  if (cookies.length) headers['set-cookie'] = cookies;
  // The rest of an unread body is not worth receiving: answer, then drop the connection.
  const unread = req.body === undefined && !req.complete;
  if (unread) {
    headers.connection = 'close';
    res.on('finish', () => req.destroy());
  }
  res.writeHead(response.status, headers);
  if (!response.body) {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  res.on('close', () => void reader.cancel().catch(() => undefined));
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    res.write(value);
  }
  res.end();
}
