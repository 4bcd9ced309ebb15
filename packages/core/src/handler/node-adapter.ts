import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FortnoxHandler } from './create-fortnox-handler.js';

/** An Express-style request: Node's, plus the body a body parser may have read already. */
type NodeRequest = IncomingMessage & { body?: unknown; originalUrl?: string };

/**
 * Serves a {@link FortnoxHandler} from Node's `http` server or Express (no runtime Node
 * import, so the core stays usable in browsers and edge runtimes). Responses are streamed,
 * so the sync progress events arrive as they happen; a closed connection aborts the request.
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
      const request = await toWebRequest(req, res);
      const response = await handler(request);
      await writeResponse(response, res);
    } catch (error) {
      if (next) next(error);
      else if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            error: { code: 'internal', message: 'Something went wrong on the server.' },
          }),
        );
      } else res.destroy();
    }
  };
}

async function toWebRequest(req: NodeRequest, res: ServerResponse): Promise<Request> {
  const host = req.headers.host ?? 'localhost';
  const secure = (req.socket as { encrypted?: boolean }).encrypted === true;
  const url = new URL(req.originalUrl ?? req.url ?? '/', `${secure ? 'https' : 'http'}://${host}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else if (value !== undefined) headers.set(name, value);
  }
  const controller = new AbortController();
  res.on('close', () => controller.abort());
  const method = req.method ?? 'GET';
  let body: string | Uint8Array | undefined;
  if (method !== 'GET' && method !== 'HEAD') {
    if (req.body !== undefined) {
      // Express with a body parser has consumed the stream already.
      body = typeof req.body === 'string' ? req.body : JSON.stringify(req.body);
    } else {
      const chunks: Uint8Array[] = [];
      for await (const chunk of req)
        chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk);
      body = concat(chunks);
    }
  }
  return new Request(url, {
    method,
    headers,
    body: body as BodyInit | undefined,
    signal: controller.signal,
  });
}

async function writeResponse(response: Response, res: ServerResponse): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const cookies = response.headers.getSetCookie?.() ?? [];
  if (cookies.length) headers['set-cookie'] = cookies;
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

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
