import { isFortnoxApiError, isFortnoxValidationError } from '../errors/index.js';

/**
 * Whether an error concerns one record only (Fortnox refused this customer or article), so
 * the run logs it and goes on. Anything else (auth, rate limit, network, 5xx, abort) stops
 * the run, which then ends as failed or interrupted and resumes from its checkpoint.
 */
export function isRecordError(error: unknown): boolean {
  if (isFortnoxValidationError(error)) return true;
  if (isFortnoxApiError(error)) {
    return (
      error.status >= 400 && error.status < 500 && ![401, 403, 408, 429].includes(error.status)
    );
  }
  return (error as { name?: unknown } | null)?.name === 'ZodError';
}

/** A short code and message for the run log. */
export function describeRecordError(error: unknown): { code: string; message: string } {
  if (isFortnoxApiError(error)) {
    return {
      code: error.code !== undefined ? String(error.code) : `http-${error.status}`,
      message: error.fortnoxMessage ?? error.message,
    };
  }
  if (isFortnoxValidationError(error)) return { code: 'validation', message: error.message };
  return {
    code: 'invalid-record',
    message: error instanceof Error ? error.message : String(error),
  };
}
