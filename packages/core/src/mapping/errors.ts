import { FortnoxKitError } from '../errors/fortnox-kit-error.js';

/** Why an order cannot be mapped at all (as opposed to a warning). */
export type MappingErrorCode =
  | 'customer-mismatch'
  | 'customer-not-linked'
  | 'invalid-customer-number'
  | 'facility-mismatch'
  | 'invalid-article-number'
  /** A row's quantity is not a finite number (an order that skipped `Order.parse`). */
  | 'invalid-quantity'
  /** `context.today` is not a `YYYY-MM-DD` date. */
  | 'invalid-today';

/**
 * Thrown by `mapOrder` for input no document can be made from, e.g. a customer that is
 * not linked to Fortnox. Everything that can be repaired becomes a warning instead.
 *
 * @example
 * try { mapOrder(order, settings, context) } catch (e) { if (isMappingError(e)) show(e.code) }
 */
export class MappingError extends FortnoxKitError {
  override readonly name = 'MappingError';
  readonly code: MappingErrorCode;
  /** Where in the order the problem is, e.g. `articleRows[3].articleNumber`. */
  readonly path: string | undefined;

  constructor(
    code: MappingErrorCode,
    message: string,
    options?: { path?: string; cause?: unknown },
  ) {
    super(message, { cause: options?.cause });
    this.code = code;
    this.path = options?.path;
  }
}

/** Whether `error` is a {@link MappingError} (also across bundle copies, by name). */
export function isMappingError(error: unknown): error is MappingError {
  return (
    error instanceof MappingError ||
    (error instanceof Error && error.name === 'MappingError' && 'code' in error)
  );
}
