import * as z from 'zod/mini';
import { isFortnoxApiError } from '../errors/fortnox-api-error.js';
import { isFortnoxAuthError } from '../errors/fortnox-auth-error.js';
import { hasErrorName, isFortnoxKitError } from '../errors/fortnox-kit-error.js';
import { isFortnoxValidationError } from '../errors/fortnox-validation-error.js';
import { redactText } from '../errors/redact.js';
import { FortnoxErrorCode } from '../handler/contract.js';
import { isWorkflowError } from '../integration/workflow-error.js';
import { WORKFLOW_USER_MESSAGES } from '../integration/workflow-user-messages.js';
import { isMappingError } from '../mapping/errors.js';
import { type SendErrorInfo, toErrorInfo } from '../send/last-send-error.js';

/**
 * What a failed job records: its pg-boss `output`, and the dead letter's `sourceOutput`
 * (decisions/149). The same `code`, `message` and `userMessage {sv, en}` as the handler's
 * error body, so a host shows a background failure as it shows a "Skicka" failure.
 *
 * @example
 * const jobId = await workers.enqueueSend(connectionId, orderId);
 * // ...later, once the job failed:
 * const job = await boss.getJobById(FORTNOX_QUEUES.send, jobId);
 * const failure = JobFailure.parse(job?.output); // { code: 'validation_failed', permanent: true, userMessage, ... }
 */
export const JobFailure = z.object({
  code: FortnoxErrorCode,
  /** English, for developers and logs; secrets redacted. */
  message: z.string(),
  field: z.optional(z.string()),
  userMessage: z.object({ sv: z.string(), en: z.string() }),
  /** True: no retry can succeed, so the job went to the dead letters at once. */
  permanent: z.boolean(),
  /** The error class (`InvalidForFortnoxError`, `FortnoxApiError`, `TypeError`...). */
  error: z.string(),
});
export type JobFailure = z.infer<typeof JobFailure>;

// Workflow refusals that a later attempt can get past: someone else holds the order or the
// connection, Fortnox is busy, or something unexpected broke (kept retrying: unknown).
const TRANSIENT_CODES: ReadonlySet<FortnoxErrorCode> = new Set([
  'send_in_progress',
  'sync_in_progress',
  'rate_limited',
  'fortnox_error',
  'internal',
]);

/**
 * Whether no retry of the job can succeed: a refusal of the kit (validation, not found, not
 * ready, a mapping error), a closed connection, or a Fortnox 4xx other than 401 (the next
 * attempt refreshes the token), 408 and 429. Network errors, timeouts, 5xx, 429, a busy lock
 * and anything unknown are transient: pg-boss retries them with backoff.
 */
export function isPermanentFailure(error: unknown): boolean {
  if (isWorkflowError(error)) {
    // "Fortnox did not answer" wraps its cause: decide on what Fortnox said.
    if (error.code === 'fortnox_error' && isFortnoxKitError(error.cause)) {
      return isPermanentFailure(error.cause);
    }
    return !TRANSIENT_CODES.has(error.code);
  }
  if (isMappingError(error)) return true;
  if (isFortnoxAuthError(error)) return error.reconnectRequired || error.status === 403;
  if (isFortnoxApiError(error)) {
    const { status } = error;
    return status >= 400 && status < 500 && ![401, 408, 429].includes(status);
  }
  if (isFortnoxValidationError(error)) return error.source === 'request';
  // The store cannot decrypt the tokens with this key: only a person can fix the key.
  return hasErrorName(error, ['TokenDecryptionError']);
}

/** The {@link JobFailure} of `error`: its contract code, redacted message and user message. */
export function describeJobFailure(error: unknown): JobFailure {
  const info = errorInfoOf(error);
  return {
    code: info.code,
    message: redactText(info.message),
    ...(info.field ? { field: info.field } : {}),
    userMessage: info.userMessage ?? WORKFLOW_USER_MESSAGES[info.code],
    permanent: isPermanentFailure(error),
    error: error instanceof Error ? error.name : typeof error,
  };
}

function errorInfoOf(error: unknown): SendErrorInfo {
  if (isMappingError(error)) {
    return { code: 'validation_failed', message: error.message, field: error.path };
  }
  if (isFortnoxValidationError(error) && error.source === 'request') {
    return { code: 'validation_failed', message: error.message, field: error.field };
  }
  const info = toErrorInfo(error);
  // The handler hides an unexpected error's text from users; a job's record is for the
  // host's operators, so it keeps it (redacted).
  if (info.code === 'internal' && error instanceof Error) {
    return { ...info, message: `${error.name}: ${error.message}` };
  }
  return info;
}
