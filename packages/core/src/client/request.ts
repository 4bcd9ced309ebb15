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
 *
 * Each attempt hands `fetch` one signal of its own that ends the attempt on the caller's
 * abort or on the timeout; ky gets neither a signal nor a timeout. Given one, ky would
 * combine it with its own (`AbortSignal.any`) on every call, and Node 20 keeps a reference
 * per combination on the caller's signal that it never prunes: a sync run's signal held
 * one per request (decisions/049).
 */
export function createRequester(options: ResolvedClientOptions): FortnoxRequester {
  const http: KyInstance = ky.create({
    prefixUrl: `${options.baseUrl}/3/`,
    retry: 0,
    throwHttpErrors: false,
    timeout: false,
    headers: { Accept: 'application/json' },
  });
  const { clock, logger, retry, rateLimiter, auth } = options;

  return async function request<S extends z.ZodType>(spec: FortnoxRequestSpec<S>) {
    const idempotent = spec.idempotent ?? spec.method === 'GET';
    const target = relativeUrl(spec);
    // Built only for an error or a warning: most calls never need it.
    const info = (): FortnoxRequestInfo => ({
      method: spec.method,
      url: `${options.baseUrl}/3/${target}`,
    });
    const state: RetryState = { failures: 0, rateLimited: 0, authRetried: false };
    let rejectedToken: string | undefined;

    for (;;) {
      await rateLimiter.acquire({ priority: spec.priority, signal: spec.signal });
      const token = await auth.getAccessToken(rejectedToken ? { rejectedToken } : undefined);
      const attempt = await send(spec, target, token);
      if (attempt.kind === 'ok') return attempt.data;

      const outcome: AttemptOutcome =
        attempt.kind === 'status'
          ? {
              kind: 'status',
              status: attempt.response.status,
              retryAfterMs: retryAfterMs(attempt.response.headers, clock.now()),
            }
          : { kind: 'network' };
      const decision = decideRetry(outcome, state, idempotent, retry, options.random);
      if (!decision.retry) {
        const secrets = [token, ...(auth.secrets?.() ?? [])];
        throw attempt.kind === 'status'
          ? createFortnoxError(
              {
                kind: 'response',
                status: attempt.response.status,
                body: attempt.body,
                request: info(),
                attempts: state.rateLimited + 1,
              },
              secrets,
            )
          : createFortnoxError(
              {
                kind: 'network',
                cause: attempt.error,
                request: info(),
                timeout: isTimeout(attempt.error),
              },
              secrets,
            );
      }
      const what =
        attempt.kind === 'status'
          ? String(attempt.response.status)
          : `network error (${String(attempt.error)})`;
      if (decision.reason === 'rate-limited') {
        logger.warn(
          `Fortnox ${what} on ${spec.method} ${info().url}; pausing the connection ${decision.pauseMs} ms`,
        );
        rateLimiter.reportRateLimited(decision.pauseMs);
      } else if (decision.reason === 'unauthorized') {
        // The token may have been revoked or replaced elsewhere: ask for another one, once.
        rejectedToken = token;
      } else {
        logger.warn(
          `Fortnox ${what} on ${spec.method} ${info().url}; retry ${state.failures} in ${decision.delayMs} ms`,
        );
        await clock.sleep(decision.delayMs, spec.signal);
      }
    }
  } as FortnoxRequester;

  /**
   * One HTTP attempt, its body read: a thrown fetch error is returned, an abort rethrown.
   * The timeout runs until the answer's headers arrive (as ky's did); the caller's signal
   * can end the attempt until its body is read.
   */
  async function send(spec: FortnoxRequestSpec, target: string, token: string): Promise<Attempt> {
    const attempt = createAttemptSignal(spec.signal, options.timeoutMs);
    try {
      let response: Response;
      try {
        response = await http(target, {
          method: spec.method,
          json: spec.body,
          headers: { Authorization: `Bearer ${token}` },
          // `fetch(request, { signal })` sends `request` under this signal instead of ky's.
          fetch: (input, init) => options.fetch(input, { ...init, signal: attempt.signal }),
        });
      } catch (error) {
        if (spec.signal?.aborted) throw spec.signal.reason;
        return { kind: 'network', error };
      }
      // A fetch may resolve with `Response.error()` (status 0) instead of rejecting: no
      // answer came, so whether a write was applied is unknown, as after a timeout.
      if (response.type === 'error' || response.status === 0) {
        return { kind: 'network', error: new TypeError('fetch answered with a network error') };
      }
      attempt.answered();
      logger.debug(`Fortnox ${spec.method} ${spec.path} → ${response.status}`);
      if (response.ok) return { kind: 'ok', data: await readBody(response, spec) };
      return { kind: 'status', response, body: await response.text() };
    } finally {
      attempt.dispose();
    }
  }
}

/** How one attempt ended. */
type Attempt =
  | { kind: 'ok'; data: unknown }
  | { kind: 'status'; response: Response; body: string }
  | { kind: 'network'; error: unknown };

/**
 * The signal of one attempt: aborted with the caller's reason when `signal` aborts, or with
 * a `TimeoutError` after `timeoutMs` of real time unless `answered()` first. `dispose()`
 * detaches it from `signal`.
 */
function createAttemptSignal(signal: AbortSignal | undefined, timeoutMs: number) {
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal?.reason);
  if (signal?.aborted) onAbort();
  else signal?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(
    () => controller.abort(new DOMException(`no answer in ${timeoutMs} ms`, 'TimeoutError')),
    timeoutMs,
  );
  return {
    signal: controller.signal,
    answered: () => clearTimeout(timer),
    dispose() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    },
  };
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

/** `customers?limit=500&page=2`: the path and its query, relative to `/3/`. */
function relativeUrl(spec: FortnoxRequestSpec): string {
  if (!spec.searchParams) return spec.path;
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(spec.searchParams)) {
    if (value !== undefined) query.append(key, String(value));
  }
  const text = query.toString();
  return text ? `${spec.path}?${text}` : spec.path;
}
