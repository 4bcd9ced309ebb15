/** Options shared by every error of the kit. */
export interface FortnoxKitErrorOptions {
  /** The underlying error, already redacted. */
  cause?: unknown;
}

/**
 * The root of every error the kit throws (decisions/082). `FortnoxError` and its subclasses
 * are what Fortnox said (or that it did not answer); `WorkflowError`, `MappingError`,
 * `SyncInProgressError` and `TokenDecryptionError` are the kit's own refusals. Catch this to
 * handle anything from the kit; the `is…Error` guards (which also compare `name`, so they
 * work across bundled copies of the kit) tell the kinds apart.
 *
 * @example
 * try { await integration.sendOrder(id) } catch (e) { if (isFortnoxKitError(e)) log(e.name, e.message) }
 */
export class FortnoxKitError extends Error {
  override name = 'FortnoxKitError';

  constructor(message: string, options: FortnoxKitErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
  }
}

/** The names of `FortnoxError` and all its subclasses: what Fortnox said. */
export const FORTNOX_ERROR_NAMES = [
  'FortnoxError',
  'FortnoxApiError',
  'FortnoxAuthError',
  'FortnoxRateLimitError',
  'FortnoxNetworkError',
  'FortnoxValidationError',
] as const;

/** The names of {@link FortnoxKitError} and every error class under it. */
export const FORTNOX_KIT_ERROR_NAMES = [
  'FortnoxKitError',
  ...FORTNOX_ERROR_NAMES,
  'WorkflowError',
  'InvalidForFortnoxError',
  'MappingError',
  'SyncInProgressError',
  'TokenDecryptionError',
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
 * catch (e) { if (!isFortnoxKitError(e)) throw e; report(e) }
 */
export function isFortnoxKitError(error: unknown): error is FortnoxKitError {
  return error instanceof FortnoxKitError || hasErrorName(error, FORTNOX_KIT_ERROR_NAMES);
}
