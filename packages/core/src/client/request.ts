import ky, { type KyInstance } from 'ky';
import type { z } from 'zod';
import { createFortnoxError } from '../errors/create-fortnox-error.js';
import type { FortnoxRequestInfo } from '../errors/fortnox-api-error.js';
import type { RequestPriority } from '../rate-limit/rate-limiter.js';
import type { ResolvedClientOptions } from './client-options.js';
import { type AttemptOutcome, decideRetry, type RetryState, retryAfterMs } from './retry-policy.js';
import { parseResponse } from './validate.js';

/** Per-call options every resource operation takes. */
export interface RequestOptions {
  /** Interactive calls go before background sync in the connection's queue. @default 'background' */
  priority?: RequestPriority;
  signal?: AbortSignal;
}

/** A query parameter value; `undefined` is left out. */
export type SearchParamValue = string | number | boolean | undefined;

/** One REST call, relative to `/3/`. */
export interface FortnoxRequestSpec<S extends z.ZodType = z.ZodType> extends RequestOptions {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path below `/3/`, ids already URL-encoded: `customers/1%2F2`. */
  path: string;
  searchParams?: Record<string, SearchParamValue>;
  /** The already validated, wrapped body (`{ Customer: {...} }`). */
  body?: unknown;
  /** `json` validates with `schema`; `pdf` returns bytes; `none` ignores the body. */
  responseType?: 'json' | 'pdf' | 'none';
  schema?: S;
  /**
   * Whether sending it twice is harmless. Only idempotent calls are retried after a 5xx
   * or a network error; a non-idempotent write fails and the caller decides (the send
   * workflow looks the document up first). @default true for GET, false otherwise
   */
  idempotent?: boolean;
}

/** Sends {@link FortnoxRequestSpec}s with pacing, token handling and retries. */
export type FortnoxRequester = <S extends z.ZodType>(
  spec: FortnoxRequestSpec<S>,
) => Promise<z.output<S>>;

/**
 * Builds the request function behind every resource module. Order per attempt: a slot
 * from the connection's rate limiter, then a token (refreshed if needed), then ky.
 */
export function createRequester(options: ResolvedClientOptions): FortnoxRequester {
  const http: KyInstance = ky.create({
    prefixUrl: `${options.baseUrl}/3/`,
    fetch: options.fetch,
    retry: 0,
    throwHttpErrors: false,
    timeout: options.timeoutMs,
    headers: { Accept: 'application/json' },
  });
  const { clock, logger, retry, rateLimiter, auth } = options;

  return async function request<S extends z.ZodType>(spec: FortnoxRequestSpec<S>) {
    const idempotent = spec.idempotent ?? spec.method === 'GET';
    const info: FortnoxRequestInfo = {
      method: spec.method,
      url: describeUrl(options.baseUrl, spec),
    };
    const state: RetryState = { failures: 0, rateLimited: 0, authRetried: false };
    let rejectedToken: string | undefined;

    for (;;) {
      await rateLimiter.acquire({ priority: spec.priority, signal: spec.signal });
      const token = await auth.getAccessToken(rejectedToken ? { rejectedToken } : undefined);
      const secrets = [token, ...(auth.secrets?.() ?? [])];
      const attempt = await send(spec, token);
      if (attempt.response?.ok) return readBody(attempt.response, spec);

      const outcome: AttemptOutcome = attempt.response
        ? {
            kind: 'status',
            status: attempt.response.status,
            retryAfterMs: retryAfterMs(attempt.response.headers, clock.now()),
          }
        : { kind: 'network' };
      const body = attempt.response ? await attempt.response.text() : '';
      const decision = decideRetry(outcome, state, idempotent, retry, options.random);
      if (!decision.retry) {
        throw attempt.response
          ? createFortnoxError(
              {
                kind: 'response',
                status: attempt.response.status,
                body,
                request: info,
                attempts: state.rateLimited + 1,
              },
              secrets,
            )
          : createFortnoxError(
              {
                kind: 'network',
                cause: attempt.error,
                request: info,
                timeout: isTimeout(attempt.error),
              },
              secrets,
            );
      }
      const what = attempt.response
        ? String(attempt.response.status)
        : `network error (${String(attempt.error)})`;
      if (decision.reason === 'rate-limited') {
        logger.warn(
          `Fortnox ${what} on ${info.method} ${info.url}; pausing the connection ${decision.pauseMs} ms`,
        );
        rateLimiter.reportRateLimited(decision.pauseMs);
      } else if (decision.reason === 'unauthorized') {
        // The token may have been revoked or replaced elsewhere: ask for another one, once.
        rejectedToken = token;
      } else {
        logger.warn(
          `Fortnox ${what} on ${info.method} ${info.url}; retry ${state.failures} in ${decision.delayMs} ms`,
        );
        await clock.sleep(decision.delayMs, spec.signal);
      }
    }
  } as FortnoxRequester;

  /** One HTTP attempt; a thrown fetch error is returned, an abort is rethrown. */
  async function send(
    spec: FortnoxRequestSpec,
    token: string,
  ): Promise<{ response?: Response; error?: unknown }> {
    try {
      const response = await http(spec.path, {
        method: spec.method,
        searchParams: cleanParams(spec.searchParams),
        json: spec.body,
        signal: spec.signal,
        headers: { Authorization: `Bearer ${token}` },
      });
      logger.debug(`Fortnox ${spec.method} ${spec.path} → ${response.status}`);
      return { response };
    } catch (error) {
      if (spec.signal?.aborted) throw spec.signal.reason;
      return { error };
    }
  }
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && error.name === 'TimeoutError';
}

async function readBody(response: Response, spec: FortnoxRequestSpec): Promise<unknown> {
  if (spec.responseType === 'pdf') return new Uint8Array(await response.arrayBuffer());
  if (spec.responseType === 'none' || response.status === 204) {
    await response.body?.cancel();
    return undefined;
  }
  const text = await response.text();
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch (error) {
    // Fortnox sometimes answers HTML (maintenance page, wrong endpoint) with a 200.
    throw createFortnoxError({
      kind: 'validation',
      source: 'response',
      issues: [{ field: '(body)', message: `not JSON: ${text.slice(0, 80)}` }],
      cause: error,
    });
  }
  return spec.schema ? parseResponse(spec.schema, data) : data;
}

function cleanParams(params: Record<string, SearchParamValue> | undefined) {
  if (!params) return undefined;
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) out[key] = String(value);
  }
  return out;
}

function describeUrl(baseUrl: string, spec: FortnoxRequestSpec): string {
  const query = new URLSearchParams(cleanParams(spec.searchParams)).toString();
  return `${baseUrl}/3/${spec.path}${query ? `?${query}` : ''}`;
}
