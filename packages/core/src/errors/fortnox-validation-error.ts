import { FortnoxError, type FortnoxErrorOptions } from './fortnox-error.js';
import { hasErrorName } from './fortnox-kit-error.js';

/** One invalid field. */
export interface FortnoxFieldIssue {
  /** The field's path, e.g. `Customer.Name` or `Order.OrderRows[2].Description`. */
  field: string;
  message: string;
}

/** Fields of a {@link FortnoxValidationError}. */
export interface FortnoxValidationErrorOptions extends FortnoxErrorOptions {
  issues: FortnoxFieldIssue[];
  /** `request`: caught before sending; `response`: Fortnox answered something unexpected. */
  source: 'request' | 'response';
}

/**
 * Data failed validation: a request body broke Fortnox's character whitelist or a length
 * limit (nothing was sent), or a response did not match its schema.
 */
export class FortnoxValidationError extends FortnoxError {
  override name = 'FortnoxValidationError';
  readonly issues: FortnoxFieldIssue[];
  readonly source: 'request' | 'response';
  /** The first invalid field. */
  readonly field: string;

  constructor(message: string, options: FortnoxValidationErrorOptions) {
    super(message, options);
    this.issues = options.issues;
    this.source = options.source;
    this.field = options.issues[0]?.field ?? '';
  }
}

/** Whether `error` is a {@link FortnoxValidationError}. */
export function isFortnoxValidationError(error: unknown): error is FortnoxValidationError {
  return error instanceof FortnoxValidationError || hasErrorName(error, ['FortnoxValidationError']);
}
