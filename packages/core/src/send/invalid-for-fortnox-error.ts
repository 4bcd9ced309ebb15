import { WorkflowError } from '../integration/workflow-error.js';
import type { Localized } from '../settings/semicolon-list.js';
import type { WriteIssue } from './check-write-rules.js';

/** The host record a refused value belongs to. */
export interface RefusedRecord {
  type: 'order' | 'customer' | 'article';
  /** The host id (`c1`, `a7`, `o12`). */
  id: string;
  /** How the user knows it: the order or article number, the customer's name. */
  label: string;
}

/** Options of an {@link InvalidForFortnoxError}. */
export interface InvalidForFortnoxErrorOptions {
  record: RefusedRecord;
  /** The host field (`email`, `address.zipCode`), or the Fortnox field for a mapped document. */
  field: string;
  issue: WriteIssue;
  userMessage: Localized;
}

/**
 * A send refused before its first request: a value Fortnox would reject (too long, not an
 * e-mail address, not a VAT rate…) that the kit cannot fix on its own. Names the host record,
 * its field and the Fortnox field, and says what to correct in Swedish and English. Its
 * handler code is `validation_failed` (decisions/105).
 *
 * @example
 * catch (e) { if (isInvalidForFortnoxError(e)) highlight(e.record.id, e.field) }
 */
export class InvalidForFortnoxError extends WorkflowError {
  override name = 'InvalidForFortnoxError';
  readonly record: RefusedRecord;
  /** The Fortnox field that would be rejected (`Customer.Email`, `OrderRows[2].Description`). */
  readonly fortnoxField: string;
  readonly problem: WriteIssue['problem'];

  constructor(message: string, options: InvalidForFortnoxErrorOptions) {
    super('validation_failed', message, {
      field: options.field,
      userMessage: options.userMessage,
    });
    this.record = options.record;
    this.fortnoxField = options.issue.field;
    this.problem = options.issue.problem;
  }
}

/** Whether `error` is an {@link InvalidForFortnoxError} (also across bundled copies of the kit). */
export function isInvalidForFortnoxError(error: unknown): error is InvalidForFortnoxError {
  return (
    error instanceof InvalidForFortnoxError ||
    (error instanceof Error && error.name === 'InvalidForFortnoxError')
  );
}
