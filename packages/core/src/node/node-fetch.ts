import { Buffer } from 'node:buffer';
import http from 'node:http';
import https from 'node:https';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';

/** Options of {@link createNodeFetch}. */
export interface NodeFetchOptions {
  /**
   * Keep connections open between requests (what Node's own `fetch` does). @default true
   */
  keepAlive?: boolean;
  /** Most open connections per host. @default 8 */
  maxSockets?: number;
  /**
   * How long an idle kept-alive connection stays open, in ms (shorter when the server's
   * `Keep-Alive: timeout` says so), so a connection the server has already closed is not
   * reused. @default 4000 (as Node's `fetch`)
   */
  keepAliveTimeoutMs?: number;
  /**
   * Agents to use instead of the ones {@link createNodeFetch} creates (a proxy agent, custom
   * TLS options). `keepAlive`, `maxSockets` and `keepAliveTimeoutMs` are then ignored.
   */
  agents?: { http?: http.Agent; https?: https.Agent };
}

const NULL_BODY_STATUS = new Set([101, 103, 204, 205, 304]);
const REDIRECT_STATUS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 20;

interface Outgoing {
  url: URL;
  method: string;
  headers: Record<string, string>;
  body: Buffer | undefined;
  signal: AbortSignal | undefined;
  redirect: RequestRedirect;
}

/**
 * A `fetch` over `node:http`/`node:https` with keep-alive agents, for the kit on Node:
 * it answers with a standard `Response`, but each request costs a fraction of the memory
 * of Node's built-in `fetch` (undici), whose per-request bookkeeping outlives the request
 * and is only freed by a full GC (decisions/049). Bodies are read whole (the Fortnox API
 * answers JSON and PDF, never streams); gzip, deflate and brotli answers are decoded;
 * redirects are followed as `fetch` follows them; `signal` aborts the request.
 *
 * @example
 * import { createNodeFetch } from '@fortnox-kit/core/node';
 * const integration = createFortnoxIntegration({ ...options, fetch: createNodeFetch() });
 */
export function createNodeFetch(options: NodeFetchOptions = {}): typeof fetch {
  const agentOptions = {
    keepAlive: options.keepAlive ?? true,
    maxSockets: options.maxSockets ?? 8,
    // The agent closes a free socket after this much inactivity (not a request timeout).
    timeout: options.keepAliveTimeoutMs ?? 4000,
  };
  const httpAgent = options.agents?.http ?? new http.Agent(agentOptions);
  const httpsAgent = options.agents?.https ?? new https.Agent(agentOptions);

  const send = (out: Outgoing, redirects: number): Promise<Response> =>
    new Promise<Response>((resolve, reject) => {
      const { url, signal } = out;
      if (signal?.aborted) return reject(signal.reason);
      const secure = url.protocol === 'https:';
      if (!secure && url.protocol !== 'http:')
        return reject(new TypeError(`fetch failed: unsupported protocol ${url.protocol}`));
      const request = (secure ? https : http).request(url, {
        method: out.method,
        headers: out.body
          ? { ...out.headers, 'content-length': String(out.body.length) }
          : out.headers,
        agent: secure ? httpsAgent : httpAgent,
      });
      const onAbort = () => request.destroy(signal?.reason);
      signal?.addEventListener('abort', onAbort, { once: true });
      const settle = () => signal?.removeEventListener('abort', onAbort);
      request.on('error', (error) => {
        settle();
        reject(signal?.aborted ? signal.reason : new TypeError('fetch failed', { cause: error }));
      });
      request.on('response', (incoming) => {
        readBody(incoming).then(
          (body) => {
            settle();
            const status = incoming.statusCode ?? 0;
            const location = incoming.headers.location;
            if (
              REDIRECT_STATUS.has(status) &&
              location !== undefined &&
              out.redirect !== 'manual'
            ) {
              if (out.redirect === 'error' || redirects >= MAX_REDIRECTS)
                return reject(new TypeError('fetch failed: redirect'));
              return resolve(send(redirected(out, status, location), redirects + 1));
            }
            try {
              resolve(toResponse(incoming, body, out.url, redirects > 0));
            } catch (error) {
              // `Response` refuses a status outside 200–599, as `fetch` does.
              reject(new TypeError('fetch failed', { cause: error }));
            }
          },
          (error: unknown) => {
            settle();
            reject(
              signal?.aborted ? signal.reason : new TypeError('fetch failed', { cause: error }),
            );
          },
        );
      });
      request.end(out.body);
    });

  return async (input, init) => {
    const out = await outgoing(input, init);
    return send(out, 0);
  };
}

/** Method, URL, headers and body of a `fetch(input, init)` call, whatever form `input` takes. */
async function outgoing(input: RequestInfo | URL, init: RequestInit = {}): Promise<Outgoing> {
  if (!(input instanceof Request)) {
    const { body, type } = await bodyOf(init.body);
    const headers = headerRecord(init.headers);
    if (type !== undefined) headers['content-type'] ??= type;
    return {
      url: new URL(String(input)),
      method: (init.method ?? 'GET').toUpperCase(),
      headers,
      body,
      signal: init.signal ?? undefined,
      redirect: init.redirect ?? 'follow',
    };
  }
  // `fetch(request, init)` sends `new Request(request, init)`: built only when `init` changes
  // more than the signal (ky passes its request with the caller's signal this way).
  const overrides = Object.keys(init).some((key) => REQUEST_INIT_KEYS.has(key));
  const request = overrides ? new Request(input, init) : input;
  return {
    url: new URL(request.url),
    method: request.method,
    headers: headerRecord(request.headers),
    body: request.body ? Buffer.from(await request.arrayBuffer()) : undefined,
    signal: overrides ? request.signal : (init.signal ?? request.signal),
    redirect: request.redirect,
  };
}

const REQUEST_INIT_KEYS = new Set(['method', 'headers', 'body', 'redirect']);

function headerRecord(init: HeadersInit | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  new Headers(init).forEach((value, key) => {
    headers[key] = value;
  });
  headers['accept-encoding'] ??= 'gzip, deflate, br';
  return headers;
}

/** The bytes of a `BodyInit` and the content type `fetch` would give it. */
async function bodyOf(
  body: BodyInit | null | undefined,
): Promise<{ body?: Buffer; type?: string }> {
  if (body === undefined || body === null) return {};
  if (typeof body === 'string')
    return { body: Buffer.from(body), type: 'text/plain;charset=UTF-8' };
  if (body instanceof Uint8Array) return { body: Buffer.from(body) };
  // Everything else (URLSearchParams, Blob, FormData, streams) the way `fetch` encodes it.
  const request = new Request('http://localhost/', {
    method: 'POST',
    body,
    duplex: 'half',
  } as RequestInit);
  return {
    body: Buffer.from(await request.arrayBuffer()),
    type: request.headers.get('content-type') ?? undefined,
  };
}

/** The next request of a redirect: 303 (and 301/302 after a POST) turn into a body-less GET. */
function redirected(out: Outgoing, status: number, location: string): Outgoing {
  const url = new URL(location, out.url);
  const toGet = status === 303 ? out.method !== 'HEAD' : status <= 302 && out.method === 'POST';
  const headers = { ...out.headers };
  if (url.origin !== out.url.origin) delete headers.authorization;
  if (!toGet) return { ...out, url, headers };
  delete headers['content-type'];
  return { ...out, url, headers, method: 'GET', body: undefined };
}

/** The whole body, decoded as the `content-encoding` header says. */
async function readBody(incoming: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const collect = async (source: AsyncIterable<Buffer>) => {
    for await (const chunk of source) chunks.push(chunk);
  };
  const decoder = createDecoder(incoming.headers['content-encoding']);
  if (decoder) await pipeline(incoming, decoder, collect);
  else await collect(incoming);
  return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
}

function createDecoder(encoding: string | undefined) {
  switch (encoding?.trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip({ finishFlush: zlib.constants.Z_SYNC_FLUSH });
    case 'deflate':
      return zlib.createInflate();
    case 'br':
      return zlib.createBrotliDecompress();
    default:
      return undefined;
  }
}

function toResponse(
  incoming: http.IncomingMessage,
  body: Buffer,
  url: URL,
  redirected: boolean,
): Response {
  const headers = new Headers();
  const raw = incoming.rawHeaders;
  // As Node's fetch: every header as sent, `content-encoding` included (the body is decoded).
  for (let i = 0; i + 1 < raw.length; i += 2)
    headers.append(raw[i] as string, raw[i + 1] as string);
  const status = incoming.statusCode ?? 0;
  const bytes = NULL_BODY_STATUS.has(status) || body.length === 0 ? null : (body as Uint8Array);
  const response = new Response(bytes as BodyInit | null, {
    status,
    statusText: incoming.statusMessage ?? '',
    headers,
  });
  Object.defineProperties(response, {
    url: { value: url.href },
    redirected: { value: redirected },
  });
  return response;
}
