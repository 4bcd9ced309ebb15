import type { FortnoxRequestInfo } from './fortnox-api-error.js';
import { FortnoxError, type FortnoxErrorOptions } from './fortnox-error.js';
import { hasErrorName } from './fortnox-kit-error.js';

/** Fields of a {@link FortnoxNetworkError}. */
export interface FortnoxNetworkErrorOptions extends FortnoxErrorOptions {
  request?: FortnoxRequestInfo;
  /** True when the request timed out (it may still have been applied by Fortnox). */
  timeout?: boolean;
}

/**
 * No answer from Fortnox (connection reset, DNS, timeout). For a write, Fortnox may or may
 * not have applied it: the caller must look the document up before sending again.
 */
export class FortnoxNetworkError extends FortnoxError {
  override name = 'FortnoxNetworkError';
  readonly request: FortnoxRequestInfo | undefined;
  readonly timeout: boolean;

  constructor(message: string, options: FortnoxNetworkErrorOptions = {}) {
    super(message, options);
    this.request = options.request;
    this.timeout = options.timeout ?? false;
  }
}

/** Whether `error` is a {@link FortnoxNetworkError}. */
export function isFortnoxNetworkError(error: unknown): error is FortnoxNetworkError {
  return error instanceof FortnoxNetworkError || hasErrorName(error, ['FortnoxNetworkError']);
}
