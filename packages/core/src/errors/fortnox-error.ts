/** Options shared by every error of the kit. */
export interface FortnoxErrorOptions {
  /** The underlying error, already redacted. */
  cause?: unknown;
}

/**
 * The base of every error the kit throws. Catch this to handle "anything from Fortnox";
 * use the `isFortnox…Error` guards (which also compare `name`, so they work across
 * bundled copies of the kit) to tell the kinds apart.
 */
export class FortnoxError extends Error {
  override name = 'FortnoxError';

  constructor(message: string, options: FortnoxErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
  }
}

/** The names of {@link FortnoxError} and all its subclasses. */
export const FORTNOX_ERROR_NAMES = [
  'FortnoxError',
  'FortnoxApiError',
  'FortnoxAuthError',
  'FortnoxRateLimitError',
  'FortnoxNetworkError',
  'FortnoxValidationError',
] as const;

/** @internal Checks `instanceof` first, then the `name` (another copy of the kit). */
export function hasErrorName(error: unknown, names: readonly string[]): boolean {
  return (
    error instanceof Error &&
    typeof (error as { name?: unknown }).name === 'string' &&
    names.includes(error.name)
  );
}

/**
 * Whether `error` is any error of the kit.
 *
 * @example
 * try { await client.customers.get('1') } catch (e) { if (isFortnoxError(e)) log(e.message) }
 */
export function isFortnoxError(error: unknown): error is FortnoxError {
  return error instanceof FortnoxError || hasErrorName(error, FORTNOX_ERROR_NAMES);
}
