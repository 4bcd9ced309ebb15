import {
  AUTH_ERROR_CODES,
  explainFortnoxErrorCode,
  RECONNECT_REQUIRED_CODES,
} from './error-codes.js';
import { FortnoxApiError, type FortnoxRequestInfo } from './fortnox-api-error.js';
import { FortnoxAuthError } from './fortnox-auth-error.js';
import type { FortnoxError } from './fortnox-error.js';
import { FortnoxNetworkError } from './fortnox-network-error.js';
import { FortnoxRateLimitError } from './fortnox-rate-limit-error.js';
import { type FortnoxFieldIssue, FortnoxValidationError } from './fortnox-validation-error.js';
import { redactText, redactValue } from './redact.js';

/** What {@link createFortnoxError} builds an error from. */
export type FortnoxErrorInput =
  | {
      kind: 'response';
      status: number;
      /** The raw body text (JSON, HTML or empty). */
      body: string;
      request?: FortnoxRequestInfo;
      /** For 429: how long the client waited last. */
      retryAfterMs?: number;
      attempts?: number;
    }
  | { kind: 'oauth'; status: number; body: string; request?: FortnoxRequestInfo }
  | { kind: 'network'; cause: unknown; request?: FortnoxRequestInfo; timeout?: boolean }
  | {
      kind: 'validation';
      source: 'request' | 'response';
      issues: FortnoxFieldIssue[];
      cause?: unknown;
    };

/**
 * The one place that decides which error class a failure becomes. Everything passed in
 * is redacted with `secrets` (and credential patterns) before it lands on the error.
 *
 * @example
 * throw createFortnoxError({ kind: 'response', status: 400, body }, [accessToken]);
 */
export function createFortnoxError(
  input: FortnoxErrorInput,
  secrets: readonly string[] = [],
): FortnoxError {
  const request = input.kind !== 'validation' ? redactRequest(input.request, secrets) : undefined;
  switch (input.kind) {
    case 'response':
      return fromApiResponse(input, request, secrets);
    case 'oauth':
      return fromOAuthResponse(input.status, input.body, secrets);
    case 'network':
      return new FortnoxNetworkError(
        redactText(
          `${input.timeout ? 'Fortnox did not answer in time' : 'Could not reach Fortnox'}${describe(request)}: ${messageOf(input.cause)}`,
          secrets,
        ),
        { request, timeout: input.timeout ?? false, cause: redactCause(input.cause, secrets) },
      );
    case 'validation': {
      const issues = input.issues.map((i) => ({ ...i, message: redactText(i.message, secrets) }));
      const first = issues[0];
      const prefix = input.source === 'request' ? 'Invalid request' : 'Unexpected Fortnox response';
      const message = first ? `${prefix}: ${first.field}: ${first.message}` : prefix;
      return new FortnoxValidationError(message, {
        issues,
        source: input.source,
        cause: redactCause(input.cause, secrets),
      });
    }
  }
}

interface ParsedErrorBody {
  code?: number;
  message?: string;
  oauthError?: string;
}

/** Reads `ErrorInformation` (any key case), OAuth `{error, error_description}` or `{message}`. */
export function parseFortnoxErrorBody(body: string): ParsedErrorBody {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return {};
  }
  if (!isRecord(json)) return {};
  const info = pick(json, 'errorinformation');
  const source = isRecord(info) ? info : json;
  const code = Number(pick(source, 'code'));
  const message = pick(source, 'message') ?? pick(source, 'error_description');
  const error = pick(json, 'error');
  return {
    code: Number.isFinite(code) && code > 0 ? code : undefined,
    message: typeof message === 'string' ? message : undefined,
    oauthError: typeof error === 'string' ? error : undefined,
  };
}

function fromApiResponse(
  input: Extract<FortnoxErrorInput, { kind: 'response' }>,
  request: FortnoxRequestInfo | undefined,
  secrets: readonly string[],
): FortnoxError {
  const parsed = parseFortnoxErrorBody(input.body);
  const explanation = explainFortnoxErrorCode(parsed.code) ?? explainStatus(input.status);
  const fortnoxMessage =
    parsed.message === undefined ? undefined : redactText(parsed.message, secrets);
  const codePart = parsed.code === undefined ? '' : ` ${parsed.code}`;
  const swedish = fortnoxMessage ? ` "${fortnoxMessage}"` : '';
  const message = redactText(
    `Fortnox ${input.status}${codePart}${describe(request)}: ${explanation}${swedish}`,
    secrets,
  );
  const body = redactValue(safeJson(input.body), secrets);
  const base = { code: parsed.code, fortnoxMessage, explanation, request, body };
  if (input.status === 429) {
    return new FortnoxRateLimitError(message, {
      ...base,
      retryAfterMs: input.retryAfterMs,
      attempts: input.attempts,
    });
  }
  if (input.status === 401 || (parsed.code !== undefined && AUTH_ERROR_CODES.has(parsed.code))) {
    return new FortnoxAuthError(message, {
      ...base,
      status: input.status,
      reconnectRequired: parsed.code !== undefined && RECONNECT_REQUIRED_CODES.has(parsed.code),
    });
  }
  return new FortnoxApiError(message, { ...base, status: input.status });
}

// OAuth errors that mean the grant is gone: only the customer can fix it by authorizing again.
const RECONNECT_OAUTH_ERRORS = new Set(['invalid_grant', 'access_denied', 'unauthorized_client']);

function fromOAuthResponse(
  status: number,
  body: string,
  secrets: readonly string[],
): FortnoxAuthError {
  const parsed = parseFortnoxErrorBody(body);
  const oauthError = parsed.oauthError;
  const reconnectRequired = oauthError !== undefined && RECONNECT_OAUTH_ERRORS.has(oauthError);
  const explanation = reconnectRequired
    ? 'The Fortnox authorization is no longer valid (revoked, expired or already used). The customer must connect again.'
    : 'Fortnox rejected the token request.';
  const fortnoxMessage =
    parsed.message === undefined ? undefined : redactText(parsed.message, secrets);
  const detail = [oauthError, fortnoxMessage].filter(Boolean).join(': ');
  return new FortnoxAuthError(
    redactText(`Fortnox OAuth ${status}${detail ? ` (${detail})` : ''}: ${explanation}`, secrets),
    {
      reconnectRequired,
      status,
      oauthError,
      fortnoxMessage,
      explanation,
    },
  );
}

function explainStatus(status: number): string {
  if (status === 401) return 'The access token is missing, invalid or expired.';
  if (status === 403) return 'The integration is not allowed to do this.';
  if (status === 404) return 'Not found in Fortnox.';
  if (status === 429) return 'Too many requests: the Fortnox rate limit was exceeded.';
  if (status >= 500) return 'Fortnox had a server error. Try again later.';
  return 'Fortnox rejected the request.';
}

function redactRequest(request: FortnoxRequestInfo | undefined, secrets: readonly string[]) {
  return request && { method: request.method, url: redactText(request.url, secrets) };
}

function redactCause(cause: unknown, secrets: readonly string[]): Error | undefined {
  if (cause === undefined) return undefined;
  // A fresh Error: the original may hold the Request (and its Authorization header).
  const copy = new Error(redactText(messageOf(cause), secrets));
  copy.name = cause instanceof Error ? cause.name : 'Error';
  return copy;
}

function describe(request: FortnoxRequestInfo | undefined): string {
  return request ? ` on ${request.method} ${request.url}` : '';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function safeJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return body.length > 500 ? `${body.slice(0, 500)}…` : body;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pick(record: Record<string, unknown>, lowerKey: string): unknown {
  for (const [key, value] of Object.entries(record)) {
    if (key.toLowerCase() === lowerKey) return value;
  }
  return undefined;
}
