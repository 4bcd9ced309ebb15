import { FortnoxKitError } from '../errors/fortnox-kit-error.js';
import type { FortnoxErrorCode } from '../handler/contract.js';
import type { Localized } from '../settings/semicolon-list.js';
import { WORKFLOW_USER_MESSAGES } from './workflow-user-messages.js';

/** Options of a {@link WorkflowError}. */
export interface WorkflowErrorOptions {
  /** The settings key or order field the error belongs to (shown under that field). */
  field?: string;
  /**
   * The problem and what to do, for a user, in Swedish and English (the handler sends it as
   * `userMessage`). @default the code's text in `WORKFLOW_USER_MESSAGES`
   */
  userMessage?: Localized;
  cause?: unknown;
}

/**
 * A refusal or failure of a workflow (send, status, view, import, time report) with a stable
 * `code` from the handler contract and a readable English message. The handler turns it
 * into `{ error: { code, message, field } }` with the contract's status.
 *
 * @example throw new WorkflowError('already_invoiced', 'Order AO-1043 is already invoiced in Fortnox.')
 */
export class WorkflowError extends FortnoxKitError {
  override name = 'WorkflowError';
  readonly code: FortnoxErrorCode;
  readonly field: string | undefined;
  /** Always set: the thrower's text, or the code's default (decisions/093). */
  readonly userMessage: Localized;

  constructor(code: FortnoxErrorCode, message: string, options: WorkflowErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.code = code;
    this.field = options.field;
    this.userMessage = options.userMessage ?? WORKFLOW_USER_MESSAGES[code];
  }
}

/** Whether `error` is a {@link WorkflowError} (also across bundled copies of the kit). */
export function isWorkflowError(error: unknown): error is WorkflowError {
  return (
    error instanceof WorkflowError ||
    // InvalidForFortnoxError (send/) is a WorkflowError under its own name.
    (error instanceof Error && ['WorkflowError', 'InvalidForFortnoxError'].includes(error.name))
  );
}
