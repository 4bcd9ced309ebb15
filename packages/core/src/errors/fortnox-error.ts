import {
  FORTNOX_ERROR_NAMES,
  FortnoxKitError,
  type FortnoxKitErrorOptions,
  hasErrorName,
} from './fortnox-kit-error.js';

export { FORTNOX_ERROR_NAMES };

/** Options shared by every error about Fortnox. */
export type FortnoxErrorOptions = FortnoxKitErrorOptions;

/**
 * What Fortnox said, or that it did not answer: the base of the API, auth, rate-limit,
 * network and validation errors, under the kit's root `FortnoxKitError` (decisions/082).
 * Catch this to handle "anything from Fortnox"; use the `isFortnox…Error` guards (which
 * also compare `name`, so they work across bundled copies of the kit) to tell the kinds
 * apart.
 */
export class FortnoxError extends FortnoxKitError {
  override name = 'FortnoxError';
}

/**
 * Whether `error` is a {@link FortnoxError} or one of its subclasses: anything from Fortnox.
 *
 * @example
 * try { await client.customers.get('1') } catch (e) { if (isFortnoxError(e)) log(e.message) }
 */
export function isFortnoxError(error: unknown): error is FortnoxError {
  return error instanceof FortnoxError || hasErrorName(error, FORTNOX_ERROR_NAMES);
}
