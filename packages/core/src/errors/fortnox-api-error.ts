import { FortnoxError, type FortnoxErrorOptions } from './fortnox-error.js';
import { hasErrorName } from './fortnox-kit-error.js';

/** What {@link FortnoxApiError} knows about the failed request (never its headers). */
export interface FortnoxRequestInfo {
  method: string;
  /** The URL with credentials redacted. */
  url: string;
}

/** Fields of a {@link FortnoxApiError}. */
export interface FortnoxApiErrorOptions extends FortnoxErrorOptions {
  status: number;
  /** Fortnox's numeric error code (`ErrorInformation.code`), when the body had one. */
  code?: number;
  /** Fortnox's own message, usually Swedish (`ErrorInformation.message`). */
  fortnoxMessage?: string;
  /** A readable English explanation for common codes. */
  explanation?: string;
  request?: FortnoxRequestInfo;
  /** The response body (redacted), for diagnostics. */
  body?: unknown;
}

/**
 * Fortnox answered with an error status. `code` and `fortnoxMessage` are Fortnox's;
 * `explanation` is English for the common codes; `message` combines them.
 */
export class FortnoxApiError extends FortnoxError {
  override name = 'FortnoxApiError';
  readonly status: number;
  readonly code: number | undefined;
  readonly fortnoxMessage: string | undefined;
  readonly explanation: string | undefined;
  readonly request: FortnoxRequestInfo | undefined;
  readonly body: unknown;

  constructor(message: string, options: FortnoxApiErrorOptions) {
    super(message, options);
    this.status = options.status;
    this.code = options.code;
    this.fortnoxMessage = options.fortnoxMessage;
    this.explanation = options.explanation;
    this.request = options.request;
    this.body = options.body;
  }
}

/** Whether `error` is a {@link FortnoxApiError} (including rate-limit errors). */
export function isFortnoxApiError(error: unknown): error is FortnoxApiError {
  return (
    error instanceof FortnoxApiError ||
    hasErrorName(error, ['FortnoxApiError', 'FortnoxRateLimitError'])
  );
}
