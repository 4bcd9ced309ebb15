import { FortnoxApiError, type FortnoxApiErrorOptions } from './fortnox-api-error.js';
import { hasErrorName } from './fortnox-kit-error.js';

/** Fields of a {@link FortnoxRateLimitError}. */
export interface FortnoxRateLimitErrorOptions extends Omit<FortnoxApiErrorOptions, 'status'> {
  /** How long the client last waited before giving up, in ms. */
  retryAfterMs?: number;
  /** How many 429 answers were seen for this call. */
  attempts?: number;
}

/** Fortnox kept answering 429 after the client's retries were used up. */
export class FortnoxRateLimitError extends FortnoxApiError {
  override name = 'FortnoxRateLimitError';
  readonly retryAfterMs: number | undefined;
  readonly attempts: number | undefined;

  constructor(message: string, options: FortnoxRateLimitErrorOptions = {}) {
    super(message, { ...options, status: 429 });
    this.retryAfterMs = options.retryAfterMs;
    this.attempts = options.attempts;
  }
}

/** Whether `error` is a {@link FortnoxRateLimitError}. */
export function isFortnoxRateLimitError(error: unknown): error is FortnoxRateLimitError {
  return error instanceof FortnoxRateLimitError || hasErrorName(error, ['FortnoxRateLimitError']);
}
